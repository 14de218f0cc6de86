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

  /** Parses any JSON value; throws {@link IllegalArgumentException} naming the problem. */
  public static Object read(String text) {
    try {
      return JSON_.anyFrom(text);
    } catch (IOException e) {
      throw new IllegalArgumentException("malformed JSON: " + e.getMessage(), e);
    }
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
