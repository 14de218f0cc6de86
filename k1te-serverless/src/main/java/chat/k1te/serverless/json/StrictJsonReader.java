package chat.k1te.serverless.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads exactly one JSON value into maps, lists, strings, numbers, booleans and null, strictly:
 * trailing content, NUL characters (raw, and escaped unless the limits allow them), duplicate keys,
 * nesting deeper than the limit and documents longer than the limit are refused. The tree is built
 * with an explicit stack from the streaming parser's tokens, so no input can overflow the call
 * stack.
 */
final class StrictJsonReader {
  private static final JsonFactory FACTORY =
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private StrictJsonReader() {}

  static Object read(String text, JsonLimits limits) throws JsonException {
    if (text.length() > limits.maxChars()) {
      throw new JsonException(
          "too large: " + text.length() + " characters, at most " + limits.maxChars() + " allowed");
    }
    int nul = text.indexOf('\0');
    if (nul >= 0) {
      throw new JsonException("NUL character at position " + nul + " is not allowed");
    }
    try (JsonParser parser = FACTORY.createParser(text)) {
      Object value = tree(parser, limits);
      int end = (int) parser.getCurrentLocation().getCharOffset();
      if (!trailingIsEmpty(parser)) {
        throw new JsonException(
            "trailing content after the JSON value at character "
                + end
                + ": exactly one value is allowed");
      }
      return value;
    } catch (JsonProcessingException e) {
      throw new JsonException("malformed JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new JsonException("unreadable JSON: " + e.getMessage());
    }
  }

  private static boolean trailingIsEmpty(JsonParser parser) throws IOException {
    try {
      return parser.nextToken() == null;
    } catch (JsonProcessingException notEvenAToken) {
      return false;
    }
  }

  /** A container being filled: a list, or a map with the name of its next value. */
  private static final class Open {
    final List<Object> list;
    final Map<String, Object> map;
    String name;

    Open(List<Object> list, Map<String, Object> map) {
      this.list = list;
      this.map = map;
    }

    Object value() {
      return list != null ? list : map;
    }

    void add(Object value) {
      if (list != null) {
        list.add(value);
      } else {
        map.put(name, value);
      }
    }
  }

  private static Object tree(JsonParser parser, JsonLimits limits)
      throws IOException, JsonException {
    Deque<Open> open = new ArrayDeque<>();
    JsonToken token = parser.nextToken();
    if (token == null) {
      throw new JsonException("empty document: expected a JSON value");
    }
    while (true) {
      if (token == null) {
        throw new JsonException("unexpected end of input: an array or object is not closed");
      }
      Object value;
      switch (token) {
        case START_ARRAY, START_OBJECT -> {
          if (open.size() == limits.maxDepth()) {
            throw new JsonException("nested deeper than " + limits.maxDepth() + " levels");
          }
          open.push(
              token == JsonToken.START_ARRAY
                  ? new Open(new ArrayList<>(), null)
                  : new Open(null, new LinkedHashMap<>()));
          token = parser.nextToken();
          continue;
        }
        case FIELD_NAME -> {
          open.peek().name = parser.currentName();
          if (open.peek().name.indexOf('\0') >= 0) {
            throw new JsonException("a key holds a NUL character (\\u0000), which is not allowed");
          }
          token = parser.nextToken();
          continue;
        }
        case END_ARRAY, END_OBJECT -> value = open.pop().value();
        case VALUE_STRING -> value = string(parser, limits);
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> value = parser.getNumberValue();
        case VALUE_TRUE -> value = Boolean.TRUE;
        case VALUE_FALSE -> value = Boolean.FALSE;
        case VALUE_NULL -> value = null;
        default -> throw new JsonException("unexpected token " + token);
      }
      if (open.isEmpty()) {
        return value;
      }
      open.peek().add(value);
      token = parser.nextToken();
    }
  }

  private static String string(JsonParser parser, JsonLimits limits)
      throws IOException, JsonException {
    String s = parser.getText();
    if (!limits.nulInStrings() && s.indexOf('\0') >= 0) {
      throw new JsonException("a string holds a NUL character (\\u0000), which is not allowed");
    }
    return s;
  }
}
