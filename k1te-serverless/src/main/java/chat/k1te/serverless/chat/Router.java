package chat.k1te.serverless.chat;

import chat.k1te.serverless.domain.BotText;
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

  /**
   * Routes one message. The attempt was claimed before this call (that commit decides the send); a
   * message an earlier attempt delivered is not sent again; once delivered, follow-up writes never
   * fail the operation.
   */
  public Payload.Ack route(
      Member from, Member to, ChatMessage message, Connector origin, Attempt attempt) {
    Instant now = clock.instant();
    // the saved query "messages per channel per day" groups invocations by this field
    Log.annotate("channel", from.channelName());
    Optional<String> earlier = attempt.earlierDelivery();
    if (earlier.isPresent()) {
      return new Payload.Ack(message.id(), earlier.get(), now);
    }
    Member client = from.host() ? to : from;
    Optional<Delivered> delivered = deliver(from, to, message, client);
    if (delivered.isEmpty()) {
      if (to.host()) {
        throw KiteException.routing(BotText.NO_ROUTE);
      }
      history.append(
          to.ref(), new HistoryStore.Item(message.id(), HistoryCodec.encode(message), now));
      attempt.recordDelivery(message.id());
      Bookkeeping.quietly(
          "peer of " + from.id(), () -> recordSender(from, to, origin, Optional.empty(), now));
      return new Payload.Ack(message.id(), message.id(), now);
    }
    Delivered d = delivered.get();
    attempt.recordDelivery(d.destinationId());
    Bookkeeping.quietly(
        "history of " + client.id(),
        () -> {
          String historyId = message.fromClient() ? d.destinationId() : message.id();
          history.append(
              client.ref(),
              new HistoryStore.Item(
                  historyId, HistoryCodec.encode(d.stored().withId(historyId)), now));
        });
    Optional<String> pinned = pinIfUnanswered(from, to, d);
    Bookkeeping.quietly("sender " + from.id(), () -> recordSender(from, to, origin, pinned, now));
    Bookkeeping.quietly("recipient " + to.id(), () -> recordRecipient(from, to, d, now));
    return new Payload.Ack(message.id(), d.destinationId(), now);
  }

  /**
   * The sender now talks to {@code to}. Only what changed is written: the peer without a version
   * (see {@link MemberStore#setPeer}), the rest with one.
   */
  private void recordSender(
      Member from, Member to, Connector origin, Optional<String> pinned, Instant now) {
    if (!from.peerMemberId().equals(Optional.of(to.id()))) {
      members.setPeer(from.ref(), to.id());
    }
    boolean fromWeb = origin == Connector.WS;
    members.update(
        from,
        m -> {
          Member next = m.withLastActive(origin);
          if (pinned.isPresent()) {
            next = next.withPin(to.id(), pinned);
          }
          return fromWeb && !m.acknowledges() ? next.seenOnWeb(now) : next;
        });
  }

  /** The recipient now talks to {@code from}; its pin of an unanswered message goes. */
  private void recordRecipient(Member from, Member to, Delivered d, Instant now) {
    if (!to.peerMemberId().equals(Optional.of(from.id()))) {
      members.setPeer(to.ref(), from.id());
    }
    boolean unpinned = unpinAnswered(from, to);
    // a widget that acknowledges moves its own mark: a push may reach a half-open socket
    boolean pushed = d.connector() == Connector.WS && !to.acknowledges();
    if (unpinned || pushed) {
      members.update(
          to,
          m -> {
            Member next = unpinned ? m.withPin(from.id(), Optional.empty()) : m;
            return pushed && !m.acknowledges() ? next.seenOnWeb(now) : next;
          });
    }
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
