package chat.k1te.local;

import chat.k1te.serverless.json.JsonException;
import java.util.List;
import java.util.Map;

/**
 * The Lambda's {@link chat.k1te.serverless.json.Json} as the local runtime uses it: null values
 * written, and errors unchecked ({@link IllegalArgumentException} naming the problem), since a
 * local request with bad JSON is answered 400 where it is read.
 */
public final class Json {
  private Json() {}

  public static String write(Object value) {
    return chat.k1te.serverless.json.Json.writeWithNulls(value);
  }

  /** Parses any JSON value. */
  public static Object read(String text) {
    try {
      return chat.k1te.serverless.json.Json.parse(text);
    } catch (JsonException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  public static Map<String, Object> readObject(String text) {
    try {
      return chat.k1te.serverless.json.Json.asObject(read(text), "the document");
    } catch (JsonException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  public static List<Object> readArray(String text) {
    try {
      return chat.k1te.serverless.json.Json.asList(read(text), "the document");
    } catch (JsonException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }
}
