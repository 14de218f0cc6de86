package chat.k1te.workflows.model;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Checks of the identifiers GitHub accepts for jobs, steps, inputs and outputs. */
final class Names {
  private static final Pattern ID = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

  private Names() {}

  static String requireId(String what, String id) {
    if (id == null || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          what
              + " id must start with a letter or '_' and contain only [A-Za-z0-9_-], got '"
              + id
              + "'");
    }
    return id;
  }

  static void requireUnique(String what, Stream<String> ids) {
    Set<String> seen = new HashSet<>();
    ids.forEach(
        id -> {
          if (!seen.add(id)) {
            throw new IllegalArgumentException("Duplicate " + what + " '" + id + "'");
          }
        });
  }

  /** An unmodifiable copy that keeps the caller's order (YAML output must be stable). */
  static <V> Map<String, V> ordered(Map<String, V> map) {
    if (map.size() > 1
        && (map.getClass() == java.util.HashMap.class
            || map.getClass().getName().startsWith("java.util.ImmutableCollections"))) {
      throw new IllegalArgumentException(
          "Map with unstable iteration order ("
              + map.keySet()
              + "); use Ordered.map or a LinkedHashMap");
    }
    return Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  /** Checks environment variable names of an {@code env:} block. */
  static Map<String, String> env(Map<String, String> env) {
    env.keySet()
        .forEach(
            name -> {
              if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                throw new IllegalArgumentException(
                    "Environment variable names must match [A-Za-z_][A-Za-z0-9_]*, got '"
                        + name
                        + "'");
              }
            });
    return ordered(env);
  }
}
