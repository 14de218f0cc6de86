package chat.k1te.serverless.json;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * JSON as plain maps and lists: read strictly (see {@link StrictJsonReader}), written by
 * jackson-jr.
 */
public final class Json {
  private static final JSON JSON_STD = JSON.std;
  private static final JSON WITH_NULLS = JSON_STD.with(JSON.Feature.WRITE_NULL_PROPERTIES);

  private Json() {}

  /** Parses exactly one JSON value of a document (see {@link JsonLimits#DOCUMENT}). */
  public static Object parse(String text) throws JsonException {
    return parse(text, JsonLimits.DOCUMENT);
  }

  /**
   * Parses exactly one JSON value: Map, List, String, Number, Boolean or null; refuses trailing
   * content, NUL characters, duplicate keys and documents beyond the limits.
   */
  public static Object parse(String text, JsonLimits limits) throws JsonException {
    return StrictJsonReader.read(text, limits);
  }

  /** Reads a stream (an invocation event) as one JSON object within the document limits. */
  public static Map<String, Object> parseObject(InputStream in) throws JsonException {
    int cap = JsonLimits.EVENT.maxChars();
    byte[] bytes;
    try {
      bytes = in.readNBytes(cap + 1);
    } catch (IOException e) {
      throw new JsonException("unreadable input: " + e.getMessage());
    }
    if (bytes.length > cap) {
      throw new JsonException("too large: more than " + cap + " bytes");
    }
    return asObject(
        parse(new String(bytes, StandardCharsets.UTF_8), JsonLimits.EVENT), "the event");
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
}
