package chat.k1te.serverless.chat;

import chat.k1te.serverless.chat.Content.File;
import chat.k1te.serverless.chat.Content.TelegramFile;
import chat.k1te.serverless.chat.Content.Text;
import chat.k1te.serverless.domain.BotText;
import chat.k1te.serverless.domain.Connector;
import chat.k1te.serverless.domain.KiteException;
import chat.k1te.serverless.domain.Language;
import chat.k1te.serverless.domain.Member;
import chat.k1te.serverless.domain.MemberId;
import chat.k1te.serverless.domain.MemberRef;
import chat.k1te.serverless.domain.TelegramIds;
import chat.k1te.serverless.log.Log;
import chat.k1te.serverless.store.MemberStore;
import chat.k1te.serverless.store.UpdateLog;
import chat.k1te.serverless.telegram.TelegramApiException;
import chat.k1te.serverless.telegram.TelegramClient;
import chat.k1te.serverless.telegram.TgUpdate;
import chat.k1te.serverless.telegram.TgUpdate.MemberStatusChange;
import chat.k1te.serverless.telegram.TgUpdate.TgMessage;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The Telegram side: updates from the webhook and routing of chat messages (docs/behaviour.md). */
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
  private final Corrections corrections;
  private final UpdateLog routes;
  private final Clock clock;
  private volatile String botName;

  public TelegramService(
      Memberships memberships,
      ChannelAdmin channels,
      MemberStore members,
      Router router,
      BotCommands commands,
      TelegramClient telegram,
      Corrections corrections,
      UpdateLog routes,
      Clock clock) {
    this.memberships = memberships;
    this.channels = channels;
    this.members = members;
    this.router = router;
    this.commands = commands;
    this.telegram = telegram;
    this.corrections = corrections;
    this.routes = routes;
    this.clock = clock;
  }

  /** Handles one update; a chat message is routed as part of {@code attempt}. */
  public WebhookReply onUpdate(TgUpdate update, Attempt attempt) {
    if (update.myChatMember().isPresent()) {
      return onMembership(update.myChatMember().get());
    }
    if (update.edited().isPresent()) {
      TgMessage edited = update.edited().get();
      memberships
          .byConnection(Connector.TG, TelegramIds.encode(edited.chat().id()))
          .ifPresent(sender -> corrections.edited(sender, edited));
      return new WebhookReply.Nothing();
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
    if (command.filter("/delete"::equals).isPresent()) {
      return WebhookReply.text(
          chat,
          memberships
              .byConnection(Connector.TG, TelegramIds.encode(chat))
              .map(sender -> corrections.withdraw(sender, message))
              .orElse("⛔ This chat is not part of a channel"));
    }
    if (command.isPresent()) {
      return WebhookReply.text(
          chat, commands.run(command.get(), message.commandArgument(), message));
    }
    try {
      return route(message, attempt);
    } catch (KiteException e) {
      return WebhookReply.text(chat, "⛔ " + e.reason(BotCommands.languageOf(message)));
    } catch (TelegramApiException e) {
      return WebhookReply.text(chat, "⛔ " + e.getMessage());
    }
  }

  private WebhookReply onMembership(MemberStatusChange change) {
    long chat = change.chat().id();
    Language language = Language.of(change.from().flatMap(u -> u.languageCode()));
    if (ABSENT.contains(change.newStatus()) && PRESENT.contains(change.oldStatus())) {
      channels.dropHostedBy(TelegramIds.encode(chat));
      return new WebhookReply.Nothing();
    }
    if (ABSENT.contains(change.oldStatus()) && PRESENT.contains(change.newStatus())) {
      return WebhookReply.text(chat, BotText.BOT_ADDED.in(language, botName()));
    }
    if ("member".equals(change.oldStatus()) && "administrator".equals(change.newStatus())) {
      return WebhookReply.text(chat, BotText.BOT_ADMIN.in(language, botName()));
    }
    return new WebhookReply.Nothing();
  }

  private String botName() {
    if (botName == null) {
      try {
        botName = "@" + telegram.botUsername();
      } catch (TelegramApiException e) {
        Log.warn("getMe failed: the reply names no bot", e, Map.of());
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
              message.chat().id(), BotText.NOT_IN_A_CHANNEL.in(BotCommands.languageOf(message)))
          : new WebhookReply.Nothing();
    }
    Member from = sender.get();
    Content content = content(message);
    Member to = recipient(from, message);
    ChatMessage chatMessage =
        new ChatMessage(
            TelegramIds.encode(message.messageId()), content, clock.instant(), !from.host());
    router.route(from, to, chatMessage, Connector.TG, attempt);
    Bookkeeping.quietly(
        "route of message " + chatMessage.id(),
        () -> routes.routed(chatRaw, chatMessage.id(), to.id()));
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
        .orElseThrow(() -> KiteException.routing(BotText.NO_ROUTE));
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
    throw KiteException.badRequest(BotText.UNSUPPORTED_MESSAGE);
  }
}
