package chat.k1te.serverless.store;

import static chat.k1te.serverless.store.Attr.n;
import static chat.k1te.serverless.store.Attr.s;

import chat.k1te.serverless.domain.Connector;
import chat.k1te.serverless.domain.Member;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Member ↔ DynamoDB item. Absent values are omitted from the item. */
final class MemberItems {
  private MemberItems() {}

  static Map<String, AttributeValue> toItem(Member m) {
    Map<String, AttributeValue> item = new HashMap<>();
    item.put("channelName", s(m.channelName()));
    item.put("id", s(m.id()));
    item.put("userName", s(m.userName()));
    item.put("host", AttributeValue.fromBool(m.host()));
    m.peerMemberId().ifPresent(p -> item.put("peerMemberId", s(p)));
    m.lastActiveConnector().ifPresent(c -> item.put("lastActiveConnector", s(c.id())));
    Map<String, AttributeValue> connections = new HashMap<>();
    m.connections().forEach((connector, raw) -> connections.put(connector.id(), s(raw)));
    item.put("connections", AttributeValue.fromM(connections));
    Map<String, AttributeValue> pins = new HashMap<>();
    m.pinnedMessages().forEach((k, v) -> pins.put(k, s(v)));
    item.put("pinnedMessages", AttributeValue.fromM(pins));
    m.webSeen().ifPresent(t -> item.put("webSeen", s(t.toString())));
    item.put("replayPending", AttributeValue.fromBool(m.replayPending()));
    if (!m.webFeatures().isEmpty()) {
      item.put("webFeatures", AttributeValue.fromSs(m.webFeatures().stream().sorted().toList()));
    }
    item.put("version", n(m.version()));
    return item;
  }

  static Member fromItem(Map<String, AttributeValue> item) {
    Map<Connector, String> connections = new LinkedHashMap<>();
    AttributeValue conns = item.get("connections");
    if (conns != null && conns.hasM()) {
      conns.m().forEach((connector, raw) -> connections.put(Connector.of(connector), raw.s()));
    }
    Map<String, String> pins = new LinkedHashMap<>();
    AttributeValue pinned = item.get("pinnedMessages");
    if (pinned != null && pinned.hasM()) {
      pinned.m().forEach((k, v) -> pins.put(k, v.s()));
    }
    return new Member(
        Attr.string(item, "channelName").orElseThrow(),
        Attr.string(item, "id").orElseThrow(),
        Attr.string(item, "userName").orElse(""),
        Attr.bool(item, "host"),
        Attr.string(item, "peerMemberId"),
        Attr.string(item, "lastActiveConnector").map(Connector::of),
        connections,
        pins,
        Attr.string(item, "webSeen").map(Instant::parse),
        Attr.bool(item, "replayPending"),
        item.containsKey("webFeatures") ? Set.copyOf(item.get("webFeatures").ss()) : Set.of(),
        Attr.number(item, "version", 0));
  }

  static Optional<Member> optional(Map<String, AttributeValue> item) {
    return item == null || item.isEmpty() ? Optional.empty() : Optional.of(fromItem(item));
  }
}
