package chat.k1te.workflows.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Ordered string maps for {@code env:} and {@code with:} (Map.of has no stable order). */
public final class Ordered {
  private Ordered() {}

  /** A map of alternating keys and values, in that order. */
  public static Map<String, String> map(String... keysAndValues) {
    if (keysAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("Ordered.map needs key/value pairs");
    }
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      if (map.put(keysAndValues[i], keysAndValues[i + 1]) != null) {
        throw new IllegalArgumentException("Duplicate key '" + keysAndValues[i] + "'");
      }
    }
    return Collections.unmodifiableMap(map);
  }
}
