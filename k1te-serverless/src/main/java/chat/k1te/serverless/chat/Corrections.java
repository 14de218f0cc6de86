package chat.k1te.serverless.chat;

import chat.k1te.serverless.chat.Content.Text;
import chat.k1te.serverless.domain.Connector;
import chat.k1te.serverless.domain.Member;
import chat.k1te.serverless.domain.MemberRef;
import chat.k1te.serverless.domain.TelegramIds;
import chat.k1te.serverless.protocol.Payload;
import chat.k1te.serverless.protocol.ProtocolException;
import chat.k1te.serverless.store.HistoryStore;
import chat.k1te.serverless.store.MemberStore;
import chat.k1te.serverless.store.UpdateLog;
import chat.k1te.serverless.telegram.TelegramApiException;
import chat.k1te.serverless.telegram.TgUpdate.TgMessage;
import java.time.Clock;
import java.util.Optional;

/**
 * Edits and deletions of a message a Telegram member sent through Kite follow it to the recipient:
 * its history item is rewritten or removed, and a widget that announced the "edit" feature gets
 * {@code EDIT} or {@code DEL}. The Bot API reports edits but not deletions, so a deletion is the
 * command {@code /delete} sent as a reply to the message.
 */
public final class Corrections {
  private final MemberStore members;
  private final HistoryStore history;
  private final UpdateLog routes;
  private final Outbox outbox;
  private final Clock clock;

  public Corrections(
      MemberStore members, HistoryStore history, UpdateLog routes, Outbox outbox, Clock clock) {
    this.members = members;
    this.history = history;
    this.routes = routes;
    this.outbox = outbox;
    this.clock = clock;
  }

  /** An edited text reaches its recipient (a caption or file edit is not followed). */
  public void edited(Member sender, TgMessage edited) {
    if (edited.text().isEmpty()) {
      return;
    }
    String messageRaw = TelegramIds.encode(edited.messageId());
    Optional<Member> recipient = recipient(sender, edited.chat().id(), messageRaw);
    if (recipient.isEmpty()) {
      return;
    }
    Member to = recipient.get();
    String text = edited.text().get();
    history
        .find(to.ref(), messageRaw)
        .ifPresent(
            item -> {
              try {
                ChatMessage stored = HistoryCodec.decode(item.content());
                ChatMessage now = stored.withContent(new Text(text));
                history.append(
                    to.ref(),
                    new HistoryStore.Item(messageRaw, HistoryCodec.encode(now), item.time()));
              } catch (ProtocolException unreadable) {
                // an unreadable item stays as it is
              }
            });
    push(to, new Payload.Edit(messageRaw, text, clock.instant()));
  }

  /** {@code /delete} as a reply: the replied message is withdrawn; returns the answer. */
  public String withdraw(Member sender, TgMessage command) {
    Optional<TgMessage> target = command.replyTo();
    if (target.isEmpty()) {
      return "⛔ Reply /delete to the message you want to withdraw";
    }
    long chat = command.chat().id();
    String messageRaw = TelegramIds.encode(target.get().messageId());
    Optional<Member> recipient = recipient(sender, chat, messageRaw);
    if (recipient.isEmpty()) {
      return "⛔ This message was not sent to anyone through Kite (or is older than 3 days)";
    }
    Member to = recipient.get();
    history.delete(to.ref(), messageRaw);
    push(to, new Payload.Del(messageRaw));
    try {
      outbox.telegram().deleteMessage(chat, target.get().messageId());
    } catch (TelegramApiException e) {
      // without the right to delete it here the message stays in this chat: the visitor's is gone
    }
    return "🗑 Withdrawn from " + to.userName() + "'s chat";
  }

  private Optional<Member> recipient(Member sender, long chat, String messageRaw) {
    return routes
        .recipientOf(TelegramIds.encode(chat), messageRaw)
        .flatMap(id -> members.find(new MemberRef(sender.channelName(), id)));
  }

  private void push(Member to, Payload frame) {
    if (!to.webFeatures().contains(Member.EDITS)) {
      return; // a widget of the first revision would show an unknown frame as an error
    }
    to.connection(Connector.WS).ifPresent(socket -> outbox.toWeb(socket, frame));
  }
}
