package chat.k1te.serverless.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Builds Telegram updates as Telegram sends them (entities computed like Telegram does). */
public final class Updates {
  private static final AtomicLong UPDATE_IDS = new AtomicLong(500_000);
  private static final AtomicLong MESSAGE_IDS = new AtomicLong(1);

  private Updates() {}

  public static long nextUpdateId() {
    return UPDATE_IDS.incrementAndGet();
  }

  public static Map<String, Object> chat(long id, String title) {
    Map<String, Object> chat = new LinkedHashMap<>();
    chat.put("id", id);
    if (id < 0) {
      chat.put("type", "supergroup");
      chat.put("title", title);
    } else {
      chat.put("type", "private");
      chat.put("first_name", title);
    }
    return chat;
  }

  public static Map<String, Object> from(long userId, String firstName) {
    return Map.of("id", userId, "is_bot", false, "first_name", firstName);
  }

  /** A text message; commands and hashtags get their entities. */
  public static Map<String, Object> text(long chatId, String title, long userId, String text) {
    Map<String, Object> message = base(chatId, title, userId);
    message.put("text", text);
    List<Map<String, Object>> entities = entities(text);
    if (!entities.isEmpty()) {
      message.put("entities", entities);
    }
    return message;
  }

  public static Map<String, Object> base(long chatId, String title, long userId) {
    Map<String, Object> message = new LinkedHashMap<>();
    message.put("message_id", MESSAGE_IDS.incrementAndGet());
    message.put("from", from(userId, "User" + userId));
    message.put("chat", chat(chatId, title));
    message.put("date", 1795858800);
    return message;
  }

  /** The message as sent by a user whose Telegram app reports {@code languageCode}. */
  public static Map<String, Object> inLanguage(Map<String, Object> message, String languageCode) {
    Map<String, Object> copy = new LinkedHashMap<>(message);
    Map<String, Object> from =
        new LinkedHashMap<>(
            (Map<?, ?>) message.get("from") == null ? Map.of() : castMap(message.get("from")));
    from.put("language_code", languageCode);
    copy.put("from", from);
    return copy;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> castMap(Object map) {
    return (Map<String, Object>) map;
  }

  public static Map<String, Object> replyTo(
      Map<String, Object> message, Map<String, Object> original) {
    Map<String, Object> copy = new LinkedHashMap<>(message);
    copy.put("reply_to_message", original);
    return copy;
  }

  /** A bot message as the host sees it (for reply_to_message). */
  public static Map<String, Object> botMessage(long chatId, long messageId, String text) {
    Map<String, Object> message = new LinkedHashMap<>();
    message.put("message_id", messageId);
    message.put("from", Map.of("id", 42, "is_bot", true, "first_name", "Kite"));
    message.put("chat", chat(chatId, "host group"));
    message.put("date", 1795858800);
    message.put("text", text);
    message.put("entities", entities(text));
    return message;
  }

  public static Map<String, Object> update(Map<String, Object> message) {
    return Map.of("update_id", nextUpdateId(), "message", message);
  }

  public static Map<String, Object> myChatMember(long chatId, String oldStatus, String newStatus) {
    Map<String, Object> change = new LinkedHashMap<>();
    change.put("chat", chat(chatId, "host group"));
    change.put("from", from(7, "Admin"));
    change.put("date", 1795858800);
    change.put(
        "old_chat_member", Map.of("status", oldStatus, "user", Map.of("id", 42, "is_bot", true)));
    change.put(
        "new_chat_member", Map.of("status", newStatus, "user", Map.of("id", 42, "is_bot", true)));
    return Map.of("update_id", nextUpdateId(), "my_chat_member", change);
  }

  static List<Map<String, Object>> entities(String text) {
    List<Map<String, Object>> entities = new ArrayList<>();
    if (text.startsWith("/")) {
      int end = text.indexOf(' ');
      entities.add(
          Map.of("type", "bot_command", "offset", 0, "length", end < 0 ? text.length() : end));
    }
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '#' && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
        int end = i + 1;
        while (end < text.length()
            && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
          end++;
        }
        if (end > i + 1) {
          entities.add(Map.of("type", "hashtag", "offset", i, "length", end - i));
        }
      }
    }
    return entities;
  }
}
