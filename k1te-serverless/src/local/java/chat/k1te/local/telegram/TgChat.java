package chat.k1te.local.telegram;

import java.util.LinkedHashMap;
import java.util.Map;

/** A chat: private (positive id), group, or supergroup ({@code -100…}). */
public record TgChat(long id, String title) {

  public String type() {
    if (id > 0) {
      return "private";
    }
    return id <= -1_000_000_000_000L ? "supergroup" : "group";
  }

  Map<String, Object> toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", id);
    if (id > 0) {
      json.put("first_name", title);
    } else {
      json.put("title", title);
    }
    json.put("type", type());
    return json;
  }
}
