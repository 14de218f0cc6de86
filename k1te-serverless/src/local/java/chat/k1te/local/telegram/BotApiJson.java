package chat.k1te.local.telegram;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Messages as the Bot API shows them to the bot, and as the control API shows them to tests. */
final class BotApiJson {
  private BotApiJson() {}

  static Map<String, Object> message(
      TgMessage m, TelegramStore store, TgChat chat, boolean nested) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("message_id", m.messageId());
    json.put("from", m.from().toJson());
    json.put("chat", chat.toJson());
    json.put("date", m.date());
    if (m.replyToMessageId() != null && !nested) {
      store
          .message(m.chatId(), m.replyToMessageId())
          .ifPresent(r -> json.put("reply_to_message", message(r, store, chat, true)));
    }
    if (m.text() != null) {
      json.put("text", m.text());
      List<Map<String, Object>> entities = Entities.of(m.text());
      if (!entities.isEmpty()) {
        json.put("entities", entities);
      }
    }
    if (m.file() != null) {
      if (m.photo()) {
        json.put("photo", List.of(photoSize(m.file())));
      } else {
        json.put("document", document(m.file()));
      }
    }
    if (m.caption() != null) {
      json.put("caption", m.caption());
      List<Map<String, Object>> entities = Entities.of(m.caption());
      if (!entities.isEmpty()) {
        json.put("caption_entities", entities);
      }
    }
    if (m.pinnedMessageId() != null && !nested) {
      store
          .message(m.chatId(), m.pinnedMessageId())
          .ifPresent(p -> json.put("pinned_message", message(p, store, chat, true)));
    }
    return json;
  }

  static Map<String, Object> document(TgFile f) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("file_name", f.fileName());
    json.put("mime_type", f.mimeType());
    json.put("file_id", f.fileId());
    json.put("file_unique_id", f.fileUniqueId());
    json.put("file_size", f.content().length);
    return json;
  }

  static Map<String, Object> photoSize(TgFile f) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("file_id", f.fileId());
    json.put("file_unique_id", f.fileUniqueId());
    json.put("file_size", f.content().length);
    json.put("width", f.width());
    json.put("height", f.height());
    return json;
  }

  static Map<String, Object> file(TgFile f) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("file_id", f.fileId());
    json.put("file_unique_id", f.fileUniqueId());
    json.put("file_size", f.content().length);
    json.put("file_path", f.filePath());
    return json;
  }

  /** The control API's view: flat, with what a test asserts on. */
  static Map<String, Object> control(TgMessage m) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("message_id", m.messageId());
    json.put("chat_id", m.chatId());
    json.put("from_bot", m.from().isBot());
    json.put("from", Map.of("id", m.from().id(), "first_name", m.from().firstName()));
    json.put("date", m.date());
    json.put("text", m.text() != null ? m.text() : m.caption());
    json.put("reply_to_message_id", m.replyToMessageId());
    json.put("pinned", m.pinned());
    json.put("file_id", m.file() == null ? null : m.file().fileId());
    json.put("file_name", m.file() == null ? null : m.file().fileName());
    json.put("mime_type", m.file() == null ? null : m.file().mimeType());
    json.put("photo", m.photo());
    if (m.isService()) {
      json.put("service", "pinned_message");
      json.put("pinned_message_id", m.pinnedMessageId());
    }
    return json;
  }
}
