package chat.k1te.local.telegram;

import java.util.LinkedHashMap;
import java.util.Map;

/** A Telegram user (or the bot). */
public record TgUser(long id, boolean isBot, String firstName, String username) {

  Map<String, Object> toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", id);
    json.put("is_bot", isBot);
    json.put("first_name", firstName);
    if (username != null) {
      json.put("username", username);
    }
    if (!isBot) {
      json.put("language_code", "en");
    }
    return json;
  }
}
