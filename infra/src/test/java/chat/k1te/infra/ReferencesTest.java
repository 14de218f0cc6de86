package chat.k1te.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every reference in the synthesized JSON names something the same stack defines. */
class ReferencesTest {
  private static final Pattern NAMED =
      Pattern.compile("(?<![.\\w-])(var|local|data)\\.([A-Za-z0-9_-]+)(?:\\.([A-Za-z0-9_-]+))?");
  private static final Pattern RESOURCE =
      Pattern.compile(
          "(?<![.\\w-])((?:aws|cloudflare|docker|terraform)_[a-z0-9_]+)\\.([A-Za-z0-9_-]+)");

  private static Map<String, JsonNode> stacks;

  @BeforeAll
  static void synth() {
    stacks = new LinkedHashMap<>(Synthesized.defaults().all());
    Synthesized.withDomain().all().forEach((k, v) -> stacks.put(k + " (domain)", v));
  }

  @Test
  void everyReferenceResolves() {
    int checked = 0;
    for (Map.Entry<String, JsonNode> stack : stacks.entrySet()) {
      JsonNode json = stack.getValue();
      List<String> expressions = new ArrayList<>();
      collect(json, expressions);
      for (String expression : expressions) {
        String rest = expression;
        Matcher named = NAMED.matcher(expression);
        while (named.find()) {
          checked++;
          String what = named.group(0);
          boolean ok =
              switch (named.group(1)) {
                case "var" -> json.path("variable").has(named.group(2));
                case "local" -> json.path("locals").has(named.group(2));
                default ->
                    named.group(3) != null
                        && json.path("data").path(named.group(2)).has(named.group(3));
              };
          assertThat(ok).as(stack.getKey() + ": unresolved " + what + " in " + expression).isTrue();
          rest = rest.replace(what, "");
        }
        Matcher resource = RESOURCE.matcher(rest);
        while (resource.find()) {
          checked++;
          assertThat(json.path("resource").path(resource.group(1)).has(resource.group(2)))
              .as(stack.getKey() + ": unresolved " + resource.group(0) + " in " + expression)
              .isTrue();
        }
      }
    }
    assertThat(checked).isGreaterThan(200);
  }

  /** Strings with {@code ${...}}, and every depends_on entry. */
  private static void collect(JsonNode node, List<String> out) {
    if (node.isTextual()) {
      if (node.asText().contains("${")) {
        out.add(node.asText());
      }
    } else if (node.isObject()) {
      node.fields()
          .forEachRemaining(
              e -> {
                if (e.getKey().equals("depends_on")) {
                  e.getValue().forEach(d -> out.add("${" + d.asText() + "}"));
                } else if (!e.getKey().equals("//")) {
                  collect(e.getValue(), out);
                }
              });
    } else if (node.isArray()) {
      node.forEach(n -> collect(n, out));
    }
  }
}
