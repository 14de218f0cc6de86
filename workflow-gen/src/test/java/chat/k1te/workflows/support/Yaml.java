package chat.k1te.workflows.support;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads generated YAML back (an independent parser) so tests inspect what GitHub will read. */
public final class Yaml {
  private static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory());

  private Yaml() {}

  public static Map<String, Object> parse(String yaml) {
    try {
      return MAPPER.readValue(yaml, new TypeReference<Map<String, Object>>() {});
    } catch (IOException e) {
      throw new UncheckedIOException("Generated YAML does not parse", e);
    }
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
