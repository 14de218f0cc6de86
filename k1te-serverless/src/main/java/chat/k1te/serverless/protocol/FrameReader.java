package chat.k1te.serverless.protocol;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The elements of one client frame, read by position with type checks that name the element. */
record FrameReader(String tag, List<?> elements) {
  static final int MAX_ID = 128;

  void arity(int min, int max, String layout) throws ProtocolException {
    int n = elements.size();
    if (n < min || n > max) {
      throw new ProtocolException(
          tag
              + " expects "
              + (min == max ? String.valueOf(min) : min + " or " + max)
              + " elements "
              + layout
              + " but got "
              + n);
    }
  }

  private Object at(int i) {
    return i < elements.size() ? elements.get(i) : null;
  }

  String string(int i, String name) throws ProtocolException {
    if (at(i) instanceof String s) {
      return s;
    }
    throw wrongType(i, name, "a string");
  }

  String nonBlank(int i, String name) throws ProtocolException {
    String s = string(i, name);
    if (s.isBlank()) {
      throw new ProtocolException(tag + " element " + i + " (" + name + ") must not be blank");
    }
    return s;
  }

  /** A message id: not blank, at most {@link #MAX_ID} characters (it becomes part of a key). */
  String id(int i, String name) throws ProtocolException {
    String s = nonBlank(i, name);
    if (s.length() > MAX_ID) {
      throw new ProtocolException(
          tag + " element " + i + " (" + name + ") must be at most " + MAX_ID + " characters");
    }
    return s;
  }

  /** An optional array of at most 16 short strings (the widget's features). */
  Set<String> features(int i) throws ProtocolException {
    Object value = at(i);
    if (value == null) {
      return Set.of();
    }
    if (value instanceof List<?> list && list.size() <= 16) {
      Set<String> features = new TreeSet<>();
      for (Object feature : list) {
        if (!(feature instanceof String s) || s.isEmpty() || s.length() > 32) {
          throw new ProtocolException(
              tag + " element " + i + " (features) must hold strings of 1 to 32 characters");
        }
        features.add(s);
      }
      return features;
    }
    throw wrongType(i, "features", "an array of at most 16 strings");
  }

  Optional<String> optionalString(int i, String name) throws ProtocolException {
    Object value = at(i);
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof String s) {
      return Optional.of(s);
    }
    throw wrongType(i, name, "a string or null");
  }

  Instant instant(int i, String name) throws ProtocolException {
    String s = string(i, name);
    try {
      return Instant.parse(s);
    } catch (DateTimeParseException e) {
      throw new ProtocolException(
          tag + " element " + i + " (" + name + ") must be an ISO-8601 instant, got '" + s + "'");
    }
  }

  long size(int i, String name) throws ProtocolException {
    if (at(i) instanceof Number n
        && (n instanceof Integer || n instanceof Long)
        && n.longValue() >= 0) {
      return n.longValue();
    }
    throw wrongType(i, name, "a non-negative integer");
  }

  int status(int i) throws ProtocolException {
    Object value = at(i);
    if (value == null) {
      return 0;
    }
    if (value instanceof Integer n && n >= 0 && n <= 9) {
      return n;
    }
    throw wrongType(i, "status", "an integer 0..9");
  }

  private ProtocolException wrongType(int i, String name, String expected) {
    Object value = at(i);
    String actual =
        value == null
            ? "null"
            : value instanceof String
                ? "a string"
                : value instanceof Number ? "the number " + value : "a " + typeName(value);
    return new ProtocolException(
        tag + " element " + i + " (" + name + ") must be " + expected + ", got " + actual);
  }

  private static String typeName(Object value) {
    if (value instanceof List<?>) {
      return "array";
    }
    if (value instanceof Map<?, ?>) {
      return "object";
    }
    return value instanceof Boolean ? "boolean" : value.getClass().getSimpleName();
  }
}
