package chat.k1te.serverless.chat;

import chat.k1te.serverless.chat.Content.File;
import chat.k1te.serverless.chat.Content.TelegramFile;
import chat.k1te.serverless.chat.Content.Text;
import chat.k1te.serverless.domain.Connector;
import chat.k1te.serverless.domain.KiteException;
import chat.k1te.serverless.domain.Member;
import chat.k1te.serverless.domain.MemberId;
import chat.k1te.serverless.domain.MemberRef;
import chat.k1te.serverless.domain.TelegramIds;
import chat.k1te.serverless.store.MemberStore;
import chat.k1te.serverless.telegram.TelegramApiException;
import chat.k1te.serverless.telegram.TelegramClient;
import chat.k1te.serverless.telegram.TgUpdate;
import chat.k1te.serverless.telegram.TgUpdate.MemberStatusChange;
import chat.k1te.serverless.telegram.TgUpdate.TgMessage;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;

/** The Telegram side: updates from the webhook (§1.4) and routing of chat messages (§1.5). */
public final class TelegramService {
  private static final Set<String> PRESENT =
      Set.of("member", "administrator", "creator", "restricted");
  private static final Set<String> ABSENT = Set.of("left", "kicked");

  private final Memberships memberships;
  private final ChannelAdmin channels;
  private final MemberStore members;
  private final Router router;
  private final BotCommands commands;
  private final TelegramClient telegram;
  private final Clock clock;
  private volatile String botName;

  public TelegramService(
      Memberships memberships,
      ChannelAdmin channels,
      MemberStore members,
      Router router,
      BotCommands commands,
      TelegramClient telegram,
      Clock clock) {
    this.memberships = memberships;
    this.channels = channels;
    this.members = members;
    this.router = router;
    this.commands = commands;
    this.telegram = telegram;
    this.clock = clock;
  }

  /** Handles one update; a chat message is routed as part of {@code attempt}. */
  public WebhookReply onUpdate(TgUpdate update, Attempt attempt) {
    if (update.myChatMember().isPresent()) {
      return onMembership(update.myChatMember().get());
    }
    if (update.message().isEmpty()) {
      return new WebhookReply.Nothing();
    }
    TgMessage message = update.message().get();
    long chat = message.chat().id();
    if (message.pinService()) {
      return new WebhookReply.DeleteMessage(chat, message.messageId());
    }
    if (message.membershipService()) {
      return new WebhookReply.Nothing();
    }
    Optional<String> command = message.command();
    if (command.isPresent()) {
      return WebhookReply.text(
          chat, commands.run(command.get(), message.commandArgument(), message));
    }
    try {
      return route(message, attempt);
    } catch (KiteException e) {
      return WebhookReply.text(chat, "⛔ " + e.getMessage());
    } catch (TelegramApiException e) {
      return WebhookReply.text(chat, "⛔ " + e.getMessage());
    }
  }

  private WebhookReply onMembership(MemberStatusChange change) {
    long chat = change.chat().id();
    if (ABSENT.contains(change.newStatus()) && PRESENT.contains(change.oldStatus())) {
      channels.dropHostedBy(TelegramIds.encode(chat));
      return new WebhookReply.Nothing();
    }
    if (ABSENT.contains(change.oldStatus()) && PRESENT.contains(change.newStatus())) {
      return WebhookReply.text(chat, "✅ You successfully added " + botName());
    }
    if ("member".equals(change.oldStatus()) && "administrator".equals(change.newStatus())) {
      return WebhookReply.text(
          chat, "✅ " + botName() + " is an administrator now: it can pin unanswered messages");
    }
    return new WebhookReply.Nothing();
  }

  private String botName() {
    if (botName == null) {
      try {
        botName = "@" + telegram.botUsername();
      } catch (TelegramApiException e) {
        return "the bot";
      }
    }
    return botName;
  }

  private WebhookReply route(TgMessage message, Attempt attempt) {
    String chatRaw = TelegramIds.encode(message.chat().id());
    Optional<Member> sender = memberships.byConnection(Connector.TG, chatRaw);
    if (sender.isEmpty()) {
      return "private".equals(message.chat().type())
          ? WebhookReply.text(
              message.chat().id(), "You are not in a channel yet. Use /join channelName, or /help")
          : new WebhookReply.Nothing();
    }
    Member from = sender.get();
    Content content = content(message);
    Member to = recipient(from, message);
    ChatMessage chatMessage =
        new ChatMessage(
            TelegramIds.encode(message.messageId()), content, clock.instant(), !from.host());
    router.route(from, to, chatMessage, Connector.TG, attempt);
    return new WebhookReply.Nothing();
  }

  private Member recipient(Member from, TgMessage message) {
    Optional<String> addressed =
        from.host()
            ? message.replyTo().flatMap(TgMessage::firstHashtag).or(from::peerMemberId)
            : from.peerMemberId();
    return addressed
        .filter(id -> MemberId.isValid(id) && !id.equals(from.id()))
        .flatMap(id -> members.find(new MemberRef(from.channelName(), id)))
        .orElseThrow(() -> KiteException.routing("Cannot dispatch request, no route found"));
  }

  private static Content content(TgMessage message) {
    if (message.document().isPresent()) {
      TgUpdate.File d = message.document().get();
      return new File(new TelegramFile(d.fileId()), d.fileName(), d.mimeType(), d.size());
    }
    if (message.photo().isPresent()) {
      TgUpdate.File p = message.photo().get();
      String name = "photo-" + TelegramIds.encode(message.messageId()) + ".jpg";
      return new File(new TelegramFile(p.fileId()), name, p.mimeType(), p.size());
    }
    if (message.text().isPresent()) {
      return new Text(message.text().get());
    }
    throw KiteException.badRequest("unsupported message type");
  }
}
