package chat.k1te.local.telegram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The entities Telegram finds in a text: a leading {@code /command[@bot]} ({@code bot_command}) and
 * {@code #hashtags}. Offsets and lengths are in UTF-16 code units, as in the Bot API.
 */
final class Entities {
  private static final Pattern COMMAND =
      Pattern.compile("^/[A-Za-z0-9_]{1,32}(@[A-Za-z0-9_]{3,32})?");
  private static final Pattern HASHTAG = Pattern.compile("(?<![\\p{L}\\p{N}_#])#[\\p{L}\\p{N}_]+");

  private Entities() {}

  static List<Map<String, Object>> of(String text) {
    List<Map<String, Object>> entities = new ArrayList<>();
    if (text == null) {
      return entities;
    }
    Matcher command = COMMAND.matcher(text);
    if (command.find()) {
      entities.add(entity("bot_command", command.start(), command.end()));
    }
    Matcher hashtag = HASHTAG.matcher(text);
    while (hashtag.find()) {
      entities.add(entity("hashtag", hashtag.start(), hashtag.end()));
    }
    return entities;
  }

  private static Map<String, Object> entity(String type, int start, int end) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("offset", start);
    e.put("length", end - start);
    e.put("type", type);
    return e;
  }
}
