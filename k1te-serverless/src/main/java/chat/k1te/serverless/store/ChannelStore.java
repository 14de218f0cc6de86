package chat.k1te.serverless.store;

import static chat.k1te.serverless.store.Attr.n;
import static chat.k1te.serverless.store.Attr.s;

import chat.k1te.serverless.domain.BotText;
import chat.k1te.serverless.domain.Channel;
import chat.k1te.serverless.domain.KiteException;
import chat.k1te.serverless.domain.Language;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/**
 * Channels and their one-per-host claim, without transactions: a host first claims the item {@code
 * host:<hostId>} conditionally, then the channel item; if the channel is taken the claim is rolled
 * back. A claim left behind by a crash is recognised (its channel does not point back) and replaced
 * once it is older than {@link #STALE_CLAIM}.
 */
public final class ChannelStore {
  static final Duration STALE_CLAIM = Duration.ofSeconds(30);
  private static final String REVERSE = "host:";

  /** What {@link #host} did. */
  public enum HostOutcome {
    CREATED,
    ALREADY_HOSTED_HERE
  }

  private final DynamoDbClient dynamo;
  private final String table;
  private final Clock clock;

  public ChannelStore(DynamoDbClient dynamo, Tables tables, Clock clock) {
    this.dynamo = dynamo;
    this.table = tables.channels();
    this.clock = clock;
  }

  private Optional<Map<String, AttributeValue>> get(String name) {
    Map<String, AttributeValue> item =
        dynamo
            .getItem(b -> b.tableName(table).key(Map.of("name", s(name))).consistentRead(true))
            .item();
    return item == null || item.isEmpty() ? Optional.empty() : Optional.of(item);
  }

  public Optional<Channel> find(String name) {
    return get(name)
        .map(
            i ->
                new Channel(
                    name,
                    Attr.string(i, "host").orElseThrow(),
                    Attr.string(i, "language").map(Language::valueOf).orElse(Language.EN)));
  }

  /** The channel the host owns, if its claim and the channel agree. */
  public Optional<Channel> hostedBy(String hostId) {
    return get(REVERSE + hostId)
        .flatMap(claim -> Attr.string(claim, "host"))
        .flatMap(this::find)
        .filter(c -> c.hostId().equals(hostId));
  }

  public HostOutcome host(String name, String hostId, Language language) {
    for (int attempt = 0; attempt < 4; attempt++) {
      if (!claim(name, hostId)) {
        continue;
      }
      try {
        PutItemResponse put =
            dynamo.putItem(
                b ->
                    b.tableName(table)
                        .item(
                            Map.of(
                                "name", s(name),
                                "host", s(hostId),
                                "language", s(language.name())))
                        .conditionExpression("attribute_not_exists(#n) OR #h = :h")
                        .expressionAttributeNames(Map.of("#n", "name", "#h", "host"))
                        .expressionAttributeValues(Map.of(":h", s(hostId)))
                        .returnValues(ReturnValue.ALL_OLD));
        return put.hasAttributes() && !put.attributes().isEmpty()
            ? HostOutcome.ALREADY_HOSTED_HERE
            : HostOutcome.CREATED;
      } catch (ConditionalCheckFailedException taken) {
        releaseClaim(hostId, name);
        throw KiteException.conflict(BotText.NAME_TAKEN);
      }
    }
    throw KiteException.conflict(BotText.ONE_CHANNEL_PER_HOST);
  }

  /** True when the claim {@code host:<hostId>} now names {@code name}; false to try again. */
  private boolean claim(String name, String hostId) {
    try {
      dynamo.putItem(
          b ->
              b.tableName(table)
                  .item(
                      Map.of(
                          "name", s(REVERSE + hostId),
                          "host", s(name),
                          "claimedAt", n(clock.millis())))
                  .conditionExpression("attribute_not_exists(#n)")
                  .expressionAttributeNames(Map.of("#n", "name")));
      return true;
    } catch (ConditionalCheckFailedException claimed) {
      Optional<Map<String, AttributeValue>> existing = get(REVERSE + hostId);
      if (existing.isEmpty()) {
        return false;
      }
      String other = Attr.string(existing.get(), "host").orElse("");
      if (other.equals(name)) {
        return true; // ours, maybe from an attempt that did not finish
      }
      boolean live = find(other).filter(c -> c.hostId().equals(hostId)).isPresent();
      long age = clock.millis() - Attr.number(existing.get(), "claimedAt", 0);
      if (live || age < STALE_CLAIM.toMillis()) {
        throw KiteException.conflict(BotText.ONE_CHANNEL_PER_HOST);
      }
      releaseClaim(hostId, other);
      return false;
    }
  }

  private void releaseClaim(String hostId, String name) {
    try {
      dynamo.deleteItem(
          b ->
              b.tableName(table)
                  .key(Map.of("name", s(REVERSE + hostId)))
                  .conditionExpression("#h = :c")
                  .expressionAttributeNames(Map.of("#h", "host"))
                  .expressionAttributeValues(Map.of(":c", s(name))));
    } catch (ConditionalCheckFailedException changed) {
      // someone else's claim by now: leave it
    }
  }

  /** Deletes the channel (only if {@code hostId} owns it) and then the host's claim. */
  public void drop(String name, String hostId) {
    try {
      dynamo.deleteItem(
          b ->
              b.tableName(table)
                  .key(Map.of("name", s(name)))
                  .conditionExpression("#h = :h")
                  .expressionAttributeNames(Map.of("#h", "host"))
                  .expressionAttributeValues(Map.of(":h", s(hostId))));
    } catch (ConditionalCheckFailedException notOurs) {
      // already gone or another host's: the claim below is still ours to release
    }
    releaseClaim(hostId, name);
  }
}
