package chat.k1te.serverless.json;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Typed, null-safe reads from a parsed JSON object. */
public record JsonObject(Map<String, Object> map) {
  public JsonObject {
    map = map == null ? Map.of() : map;
  }

  public static JsonObject of(Object value) {
    return value instanceof Map<?, ?> m ? new JsonObject(cast(m)) : new JsonObject(Map.of());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> cast(Map<?, ?> m) {
    return (Map<String, Object>) m;
  }

  public boolean has(String key) {
    return map.get(key) != null;
  }

  public JsonObject object(String key) {
    return of(map.get(key));
  }

  public Optional<JsonObject> optionalObject(String key) {
    return map.get(key) instanceof Map<?, ?> m
        ? Optional.of(new JsonObject(cast(m)))
        : Optional.empty();
  }

  public Optional<String> string(String key) {
    Object value = map.get(key);
    return value instanceof String s ? Optional.of(s) : Optional.empty();
  }

  /** An integer that fits a long; a fraction, an overflowing integer or another type is absent. */
  public Optional<Long> number(String key) {
    Object value = map.get(key);
    if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      return Optional.of(((Number) value).longValue());
    }
    if (value instanceof BigInteger big && big.bitLength() < 64) {
      return Optional.of(big.longValue());
    }
    return Optional.empty();
  }

  public boolean bool(String key) {
    return Boolean.TRUE.equals(map.get(key));
  }

  public List<JsonObject> objects(String key) {
    Object value = map.get(key);
    if (value instanceof List<?> list) {
      return list.stream().map(JsonObject::of).toList();
    }
    return List.of();
  }
}
