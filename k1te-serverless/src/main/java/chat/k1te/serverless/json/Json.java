package chat.k1te.serverless.json;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/** JSON as plain maps and lists (jackson-jr, no reflection on our types). */
public final class Json {
  private static final JSON JSON_STD = JSON.std;
  private static final JSON WITH_NULLS = JSON_STD.with(JSON.Feature.WRITE_NULL_PROPERTIES);

  private Json() {}

  /** Parses any JSON value: Map, List, String, Number, Boolean or null. */
  public static Object parse(String text) throws JsonException {
    try {
      return JSON_STD.anyFrom(text);
    } catch (IOException | RuntimeException e) {
      throw new JsonException("malformed JSON: " + firstLine(e.getMessage()));
    }
  }

  public static Map<String, Object> parseObject(InputStream in) throws JsonException {
    try {
      Object value = JSON_STD.anyFrom(in);
      return asObject(value, "the event");
    } catch (IOException | RuntimeException e) {
      throw new JsonException("malformed JSON: " + firstLine(e.getMessage()));
    }
  }

  public static Map<String, Object> parseObject(String text) throws JsonException {
    return asObject(parse(text), "the document");
  }

  @SuppressWarnings("unchecked")
  public static Map<String, Object> asObject(Object value, String what) throws JsonException {
    if (value instanceof Map<?, ?> map) {
      return (Map<String, Object>) map;
    }
    throw new JsonException(what + " is not a JSON object");
  }

  @SuppressWarnings("unchecked")
  public static List<Object> asList(Object value, String what) throws JsonException {
    if (value instanceof List<?> list) {
      return (List<Object>) list;
    }
    throw new JsonException(what + " is not a JSON array");
  }

  public static String write(Object value) {
    try {
      return JSON_STD.asString(value);
    } catch (IOException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
    }
  }

  /**
   * Writes entries whose value is null too ({@link #write} leaves them out): API Gateway's events
   * carry {@code "queryStringParameters": null}, and the local runtime writes them alike.
   */
  public static String writeWithNulls(Object value) {
    try {
      return WITH_NULLS.asString(value);
    } catch (IOException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
    }
  }

  public static void write(Object value, OutputStream out) throws IOException {
    JSON_STD.write(value, out);
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unexpected end of input";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
