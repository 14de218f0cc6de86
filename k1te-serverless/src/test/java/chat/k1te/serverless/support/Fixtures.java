package chat.k1te.serverless.support;

import chat.k1te.serverless.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Event fixtures from {@code src/test/resources/events}, with {@code __NAME__} placeholders. */
public final class Fixtures {
  private Fixtures() {}

  public static String load(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/events/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture events/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Loads a fixture and puts each value (JSON-encoded, unless a plain id) in its placeholder. */
  public static String event(String name, Map<String, Object> values) {
    String text = load(name);
    for (Map.Entry<String, Object> e : values.entrySet()) {
      String placeholder = "__" + e.getKey() + "__";
      String value =
          e.getKey().equals("CONNECTION_ID") || e.getKey().equals("TOKEN")
              ? String.valueOf(e.getValue())
              : Json.write(e.getValue());
      text = text.replace(placeholder, value);
    }
    return text;
  }
}
