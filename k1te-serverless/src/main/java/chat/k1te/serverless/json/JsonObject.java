package chat.k1te.serverless.json;

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

  public Optional<Long> number(String key) {
    Object value = map.get(key);
    return value instanceof Number n ? Optional.of(n.longValue()) : Optional.empty();
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
