package chat.k1te.workflows.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Reads generated YAML back (an independent parser) so tests inspect what GitHub will read. YAML
 * 1.2 core schema, as GitHub's parser: {@code on:} is a string key, not a boolean.
 */
public final class Yaml {
  private Yaml() {}

  public static Map<String, Object> parse(String yaml) {
    Object document;
    try {
      document = new Load(LoadSettings.builder().build()).loadFromString(yaml);
    } catch (YamlEngineException e) {
      throw new IllegalArgumentException("YAML does not parse: " + e.getMessage(), e);
    }
    if (!(document instanceof Map<?, ?>)) {
      throw new IllegalArgumentException("YAML is not a mapping: " + document);
    }
    return map(document);
  }

  @SuppressWarnings("unchecked")
  public static Map<String, Object> map(Object value) {
    return value == null ? Map.of() : (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  public static List<Object> list(Object value) {
    return value == null ? List.of() : (List<Object>) value;
  }

  /** Every step of every job of a workflow, or of a composite action's {@code runs}. */
  public static List<Map<String, Object>> steps(Map<String, Object> document) {
    List<Map<String, Object>> steps = new ArrayList<>();
    if (document.containsKey("runs")) {
      list(map(document.get("runs")).get("steps")).forEach(s -> steps.add(map(s)));
    }
    map(document.get("jobs"))
        .values()
        .forEach(job -> list(map(job).get("steps")).forEach(s -> steps.add(map(s))));
    return steps;
  }
}
