package chat.k1te.local;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** JSON for the local runtime: plain maps and lists, field order kept, nulls written. */
public final class Json {
  private static final JSON JSON_ =
      JSON.std
          .with(JSON.Feature.PRESERVE_FIELD_ORDERING)
          .with(JSON.Feature.WRITE_NULL_PROPERTIES)
          .without(JSON.Feature.USE_DEFERRED_MAPS);

  private Json() {}

  public static String write(Object value) {
    try {
      return JSON_.asString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deeper input is refused before parsing (the recursive reader would overflow the stack). */
  static final int MAX_DEPTH = 64;

  /** Parses any JSON value; throws {@link IllegalArgumentException} naming the problem. */
  public static Object read(String text) {
    if (depth(text) > MAX_DEPTH) {
      throw new IllegalArgumentException("malformed JSON: nested deeper than " + MAX_DEPTH);
    }
    try {
      return JSON_.anyFrom(text);
    } catch (IOException e) {
      throw new IllegalArgumentException("malformed JSON: " + e.getMessage(), e);
    }
  }

  /** The deepest nesting of arrays and objects, strings skipped (an estimate for bad input). */
  private static int depth(String text) {
    int depth = 0;
    int max = 0;
    boolean inString = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '[' || c == '{') {
        max = Math.max(max, ++depth);
      } else if (c == ']' || c == '}') {
        depth--;
      }
    }
    return max;
  }

  public static Map<String, Object> readObject(String text) {
    if (read(text) instanceof Map<?, ?> map) {
      @SuppressWarnings("unchecked")
      Map<String, Object> result = (Map<String, Object>) map;
      return result;
    }
    throw new IllegalArgumentException("expected a JSON object");
  }

  public static List<Object> readArray(String text) {
    if (read(text) instanceof List<?> list) {
      @SuppressWarnings("unchecked")
      List<Object> result = (List<Object>) list;
      return result;
    }
    throw new IllegalArgumentException("expected a JSON array");
  }
}
