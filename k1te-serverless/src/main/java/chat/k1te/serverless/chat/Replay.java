package chat.k1te.serverless.chat;

import chat.k1te.serverless.domain.BotText;
import chat.k1te.serverless.domain.Language;
import chat.k1te.serverless.domain.Member;
import chat.k1te.serverless.log.Log;
import chat.k1te.serverless.protocol.ProtocolException;
import chat.k1te.serverless.store.HistoryStore;
import chat.k1te.serverless.store.MemberStore;
import chat.k1te.serverless.telegram.TelegramApiException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sends stored history again: to a web client that reconnected (everything after what it has seen,
 * then the mark moves forward so nothing is replayed twice), or to a Telegram chat the member
 * switched to (the last {@link #TELEGRAM_REPLAY} items).
 */
public final class Replay {
  public static final int TELEGRAM_REPLAY = 10;
  static final String HOST_TAG = "#Host";

  private final MemberStore members;
  private final HistoryStore history;
  private final Outbox outbox;
  private final Router router;

  public Replay(MemberStore members, HistoryStore history, Outbox outbox, Router router) {
    this.members = members;
    this.history = history;
    this.outbox = outbox;
    this.router = router;
  }

  /**
   * Replays missed history into the socket, synchronously; returns the member as stored. For a
   * widget that acknowledges, everything from its last acknowledged message on is sent again (it
   * drops what it already shows) and only its acknowledgements move the mark; for one that does
   * not, the mark moves past what was pushed.
   */
  public Member toWeb(Member member, String connectionId) {
    Instant seen = member.webSeen().orElse(Instant.EPOCH);
    boolean acknowledges = member.acknowledges();
    List<HistoryStore.Item> items =
        acknowledges ? history.from(member.ref(), seen) : history.after(member.ref(), seen);
    for (HistoryStore.Item item : items) {
      ChatMessage message;
      try {
        message = HistoryCodec.decode(item.content());
      } catch (ProtocolException unreadable) {
        Log.warn("skipped an unreadable history item", unreadable, Map.of("member", member.id()));
        continue;
      }
      ChatMessage ready = outbox.forWeb(message, member.channelName(), member.id());
      if (!outbox.toWeb(connectionId, ready)) {
        return router.forgetWebConnection(member, connectionId).orElse(member);
      }
      seen = item.time();
    }
    Instant mark = seen;
    boolean moveMark = !acknowledges && !mark.equals(Instant.EPOCH);
    return members
        .update(member, m -> (moveMark ? m.seenOnWeb(mark) : m).withReplayPending(false))
        .orElse(member);
  }

  /** The widget displayed {@code messageId}: replay starts there from now on. */
  public void acknowledged(Member member, String messageId) {
    history
        .find(member.ref(), messageId)
        .map(HistoryStore.Item::time)
        .filter(time -> member.webSeen().map(time::isAfter).orElse(true))
        .ifPresent(time -> members.update(member, m -> m.seenOnWeb(time)));
  }

  /** Re-sends the last messages into the member's new Telegram chat. */
  public void toTelegram(Member member, String chatRaw, Language language) {
    for (HistoryStore.Item item : history.last(member.ref(), TELEGRAM_REPLAY)) {
      try {
        ChatMessage m = HistoryCodec.decode(item.content());
        Optional<String> tag = m.fromClient() ? Optional.empty() : Optional.of(HOST_TAG);
        outbox.toTelegram(chatRaw, m.content(), tag);
      } catch (ProtocolException | TelegramApiException e) {
        Log.warn("replay of a message to Telegram failed", e, Map.of("member", member.id()));
        try {
          outbox.notice(chatRaw, BotText.UNRECOVERABLE.in(language));
        } catch (TelegramApiException unreachable) {
          // the chat is unreachable: nothing more to do
          Log.warn("replay notice failed", unreachable, Map.of("member", member.id()));
        }
      }
    }
  }
}
