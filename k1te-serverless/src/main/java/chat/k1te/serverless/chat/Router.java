package chat.k1te.serverless.chat;

import chat.k1te.serverless.domain.Connector;
import chat.k1te.serverless.domain.KiteException;
import chat.k1te.serverless.domain.Member;
import chat.k1te.serverless.domain.TelegramIds;
import chat.k1te.serverless.log.Log;
import chat.k1te.serverless.protocol.Payload;
import chat.k1te.serverless.store.ConnectionStore;
import chat.k1te.serverless.store.HistoryStore;
import chat.k1te.serverless.store.MemberStore;
import chat.k1te.serverless.telegram.TelegramApiException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Delivers a message from one member to another: to the recipient's active connection, or into its
 * history when it is offline; then records peers, pins and history (docs/behaviour.md#routing).
 */
public final class Router {
  private final MemberStore members;
  private final ConnectionStore connections;
  private final HistoryStore history;
  private final Outbox outbox;
  private final Clock clock;

  public Router(
      MemberStore members,
      ConnectionStore connections,
      HistoryStore history,
      Outbox outbox,
      Clock clock) {
    this.members = members;
    this.connections = connections;
    this.history = history;
    this.outbox = outbox;
    this.clock = clock;
  }

  /** Where a message went: connector, raw destination (socket or chat), id there, stored form. */
  private record Delivered(
      Connector connector, String raw, String destinationId, ChatMessage stored) {}

  public Payload.Ack route(Member from, Member to, ChatMessage message, Connector origin) {
    Member client = from.host() ? to : from;
    Optional<Delivered> delivered = deliver(from, to, message, client);
    Instant now = clock.instant();
    if (delivered.isEmpty()) {
      if (to.host()) {
        throw KiteException.routing("Cannot dispatch request, no route found");
      }
      history.append(
          to.ref(), new HistoryStore.Item(message.id(), HistoryCodec.encode(message), now));
      members.update(from, m -> m.withPeer(Optional.of(to.id())).withLastActive(origin));
      return new Payload.Ack(message.id(), message.id(), now);
    }
    Delivered d = delivered.get();
    Optional<String> pinned = pinIfUnanswered(from, to, d);
    boolean unpinned = unpinAnswered(from, to);
    String historyId = message.fromClient() ? d.destinationId() : message.id();
    history.append(
        client.ref(),
        new HistoryStore.Item(historyId, HistoryCodec.encode(d.stored().withId(historyId)), now));
    boolean fromWeb = origin == Connector.WS;
    members.update(
        from,
        m -> {
          Member next = m.withPeer(Optional.of(to.id())).withLastActive(origin);
          if (pinned.isPresent()) {
            next = next.withPin(to.id(), pinned);
          }
          return fromWeb ? next.seenOnWeb(now) : next;
        });
    members.update(
        to,
        m -> {
          Member next = m.withPeer(Optional.of(from.id()));
          if (unpinned) {
            next = next.withPin(from.id(), Optional.empty());
          }
          return d.connector() == Connector.WS ? next.seenOnWeb(now) : next;
        });
    return new Payload.Ack(message.id(), d.destinationId(), now);
  }

  private Optional<Delivered> deliver(Member from, Member to, ChatMessage message, Member client) {
    Member target = to;
    for (int attempt = 0; attempt < 3; attempt++) {
      Optional<Map.Entry<Connector, String>> destination = target.destination();
      if (destination.isEmpty()) {
        return Optional.empty();
      }
      String raw = destination.get().getValue();
      if (destination.get().getKey() == Connector.WS) {
        ChatMessage ready = outbox.forWeb(message, client.channelName(), client.id());
        if (outbox.toWeb(raw, ready)) {
          return Optional.of(new Delivered(Connector.WS, raw, message.id(), ready));
        }
        target = forgetWebConnection(target, raw).orElse(null);
        if (target == null) {
          return Optional.empty();
        }
        continue;
      }
      Optional<String> prefix =
          to.host() && message.fromClient()
              ? Optional.of("#" + from.id() + " " + from.userName())
              : Optional.empty();
      String id = outbox.toTelegram(raw, message.content(), prefix);
      return Optional.of(new Delivered(Connector.TG, raw, id, message));
    }
    return Optional.empty();
  }

  /** A socket answered 410 Gone: remove its row and the member's reference to it. */
  public Optional<Member> forgetWebConnection(Member member, String connectionId) {
    connections.delete(Connector.WS, connectionId, member.ref());
    return members.update(
        member,
        m ->
            connectionId.equals(m.connections().get(Connector.WS))
                ? m.withoutConnection(Connector.WS)
                : m);
  }

  /** The first unanswered message from {@code from} is pinned silently in the recipient chat. */
  private Optional<String> pinIfUnanswered(Member from, Member to, Delivered d) {
    if (d.connector() != Connector.TG || from.pinnedMessages().containsKey(to.id())) {
      return Optional.empty();
    }
    try {
      outbox.telegram().pin(TelegramIds.decode(d.raw()), TelegramIds.decode(d.destinationId()));
      return Optional.of(d.destinationId());
    } catch (TelegramApiException e) {
      // no pin right (e.g. not an admin): delivery still counts
      Log.warn("pin failed", e, Map.of("member", from.id()));
      return Optional.empty();
    }
  }

  /** {@code from} answers {@code to}: unpin to's message pinned in from's chat. */
  private boolean unpinAnswered(Member from, Member to) {
    String pinned = to.pinnedMessages().get(from.id());
    if (pinned == null) {
      return false;
    }
    from.connection(Connector.TG)
        .ifPresent(
            chat -> {
              try {
                outbox.telegram().unpin(TelegramIds.decode(chat), TelegramIds.decode(pinned));
              } catch (TelegramApiException e) {
                // already unpinned by hand or deleted: forget the record anyway
                Log.warn("unpin failed", e, Map.of("member", from.id()));
              }
            });
    return true;
  }
}
