package chat.k1te.local.telegram;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/** The Bot API methods the stand-in implements, on the in-memory store. */
final class BotMethods {
  static final int MAX_TEXT_LENGTH = 4096;
  static final int MAX_CAPTION_LENGTH = 1024;

  private final TelegramStore store;
  private final TgUser bot;
  private final FileInput files;
  private final AtomicReference<Optional<WebhookConfig>> webhook;
  private final Consumer<TgMessage> serviceMessages;

  BotMethods(
      TelegramStore store,
      TgUser bot,
      AtomicReference<Optional<WebhookConfig>> webhook,
      Consumer<TgMessage> serviceMessages) {
    this.store = store;
    this.bot = bot;
    this.files = new FileInput(store);
    this.webhook = webhook;
    this.serviceMessages = serviceMessages;
  }

  FileInput files() {
    return files;
  }

  /** Runs a method; the value is the {@code result} of the Bot API response. */
  Object call(String method, BotParams p) {
    return switch (method) {
      case "getMe" -> me();
      case "sendMessage" -> sendMessage(p);
      case "sendPhoto" -> sendFile(p, "photo", true);
      case "sendDocument" -> sendFile(p, "document", false);
      case "copyMessage" -> Map.of("message_id", copy(p).messageId());
      case "forwardMessage" -> json(copy(p));
      case "pinChatMessage" -> pin(p);
      case "unpinChatMessage" -> unpin(p);
      case "unpinAllChatMessages" -> unpinAll(p);
      case "deleteMessage" -> delete(p);
      case "getFile" ->
          BotApiJson.file(
              store
                  .file(p.requireString("file_id"))
                  .orElseThrow(() -> BotApiException.badRequest("invalid file_id")));
      case "getChat" -> store.chat(chatId(p, "chat_id")).toJson();
      case "setWebhook" -> setWebhook(p);
      case "deleteWebhook" -> {
        webhook.set(Optional.empty());
        yield true;
      }
      case "getWebhookInfo" -> webhookInfo();
      case "getUpdates" ->
          throw new BotApiException(
              409,
              "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
      case "sendChatAction",
          "setMyCommands",
          "deleteMyCommands",
          "answerCallbackQuery",
          "setChatMenuButton" ->
          true;
      default -> throw new BotApiException(404, "Not Found: method not found");
    };
  }

  private Map<String, Object> me() {
    Map<String, Object> me = bot.toJson();
    me.put("can_join_groups", true);
    me.put("can_read_all_group_messages", false);
    me.put("supports_inline_queries", false);
    return me;
  }

  private Map<String, Object> sendMessage(BotParams p) {
    long chatId = chatId(p, "chat_id");
    String text = p.string("text").orElse("");
    if (text.isBlank()) {
      throw BotApiException.badRequest("message text is empty");
    }
    if (text.length() > MAX_TEXT_LENGTH) {
      throw BotApiException.badRequest("message is too long");
    }
    return json(store.add(chatId, bot, text, null, p.replyTo().orElse(null), null, false, null));
  }

  private Map<String, Object> sendFile(BotParams p, String field, boolean photo) {
    long chatId = chatId(p, "chat_id");
    store.chat(chatId);
    String caption = p.string("caption").filter(c -> !c.isEmpty()).orElse(null);
    if (caption != null && caption.length() > MAX_CAPTION_LENGTH) {
      throw BotApiException.badRequest("message caption is too long");
    }
    TgFile file = files.resolve(p, field, photo);
    return json(store.add(chatId, bot, null, caption, p.replyTo().orElse(null), file, photo, null));
  }

  private TgMessage copy(BotParams p) {
    long chatId = chatId(p, "chat_id");
    long fromChat = chatId(p, "from_chat_id");
    TgMessage original =
        store.require(fromChat, p.requireNumber("message_id"), "message to copy not found");
    if (original.isService()) {
      throw BotApiException.badRequest("message can't be copied");
    }
    String caption = p.string("caption").orElse(original.caption());
    return store.add(
        chatId,
        bot,
        original.text(),
        original.file() == null ? null : caption,
        p.replyTo().orElse(null),
        original.file(),
        original.photo(),
        null);
  }

  private boolean pin(BotParams p) {
    long chatId = chatId(p, "chat_id");
    long messageId = p.requireNumber("message_id");
    store.setPinned(chatId, messageId, true);
    // Telegram posts a service message "<bot> pinned …" and sends it to the bot as an update
    serviceMessages.accept(store.add(chatId, bot, null, null, null, null, false, messageId));
    return true;
  }

  private boolean unpin(BotParams p) {
    long chatId = chatId(p, "chat_id");
    Optional<Long> messageId = p.number("message_id");
    if (messageId.isPresent()) {
      store.setPinned(chatId, messageId.get(), false);
    } else {
      store.lastPinned(chatId).ifPresent(m -> store.setPinned(chatId, m.messageId(), false));
    }
    return true;
  }

  private boolean unpinAll(BotParams p) {
    long chatId = chatId(p, "chat_id");
    store.messages(chatId).stream()
        .filter(TgMessage::pinned)
        .forEach(m -> store.setPinned(chatId, m.messageId(), false));
    return true;
  }

  private boolean delete(BotParams p) {
    store.delete(chatId(p, "chat_id"), p.requireNumber("message_id"));
    return true;
  }

  private boolean setWebhook(BotParams p) {
    String url = p.string("url").orElse("");
    if (url.isEmpty()) {
      webhook.set(Optional.empty());
      return true;
    }
    List<String> allowed =
        p.list("allowed_updates")
            .map(l -> l.stream().map(String::valueOf).toList())
            .orElse(List.of());
    webhook.set(
        Optional.of(new WebhookConfig(url, p.string("secret_token").orElse(null), allowed)));
    return true;
  }

  private Map<String, Object> webhookInfo() {
    Map<String, Object> info = new LinkedHashMap<>();
    Optional<WebhookConfig> config = webhook.get();
    info.put("url", config.map(WebhookConfig::url).orElse(""));
    info.put("has_custom_certificate", false);
    info.put("pending_update_count", 0);
    config
        .filter(c -> !c.allowedUpdates().isEmpty())
        .ifPresent(c -> info.put("allowed_updates", c.allowedUpdates()));
    return info;
  }

  private long chatId(BotParams p, String name) {
    long id = p.requireNumber(name);
    store.chat(id);
    return id;
  }

  Map<String, Object> json(TgMessage m) {
    return BotApiJson.message(m, store, store.chat(m.chatId()), false);
  }
}
