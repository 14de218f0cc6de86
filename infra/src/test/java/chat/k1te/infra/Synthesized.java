package chat.k1te.infra;

import chat.k1te.contracts.Stack;
import chat.k1te.infra.config.InfraInputs;
import chat.k1te.infra.config.OpsInputs;
import chat.k1te.infra.stacks.KiteStacks;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hashicorp.cdktf.App;
import com.hashicorp.cdktf.TerraformStack;
import com.hashicorp.cdktf.Testing;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stacks synthesized once per JVM (each synthesis costs tens of seconds): the four stacks with the
 * defaults, and the two stage stacks with a custom domain, JVM packaging, an alarm e-mail and
 * budgets.
 */
final class Synthesized {
  private static Synthesized defaults;
  private static Synthesized withDomain;

  private final Map<String, JsonNode> json = new LinkedHashMap<>();
  private final Map<String, TerraformStack> stacks = new LinkedHashMap<>();

  private Synthesized(InfraInputs inputs, List<Stack> which) {
    App app = Testing.app();
    List<TerraformStack> created = KiteStacks.add(app, inputs, which);
    app.synth();
    ObjectMapper mapper = new ObjectMapper();
    for (int i = 0; i < which.size(); i++) {
      String name = which.get(i).stackName();
      Path file = Path.of(app.getOutdir(), "stacks", name, "cdk.tf.json");
      try {
        json.put(name, mapper.readTree(Files.readString(file)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      stacks.put(name, created.get(i));
    }
  }

  static synchronized Synthesized defaults() {
    if (defaults == null) {
      defaults = new Synthesized(InfraInputs.defaults(), Arrays.asList(Stack.values()));
    }
    return defaults;
  }

  static final String DOMAIN = "example.org";
  static final String REPOSITORY = "someone/fork-of-kite";
  static final String ALARM_EMAIL = "ops@example.org";

  static synchronized Synthesized withDomain() {
    if (withDomain == null) {
      withDomain =
          new Synthesized(
              new InfraInputs(
                  REPOSITORY,
                  Optional.of(DOMAIN),
                  chat.k1te.infra.config.LambdaPackaging.JVM,
                  new OpsInputs(Optional.of(ALARM_EMAIL), 25, 400)),
              List.of(Stack.KITE_BUILD, Stack.KITE_DEV, Stack.KITE_PROD));
    }
    return withDomain;
  }

  private static final Map<InfraInputs, Synthesized> BY_INPUTS = new LinkedHashMap<>();

  /** kite-build and the two stages synthesized with these inputs (cached per JVM). */
  static synchronized Synthesized with(InfraInputs inputs) {
    return BY_INPUTS.computeIfAbsent(
        inputs,
        i -> new Synthesized(i, List.of(Stack.KITE_BUILD, Stack.KITE_DEV, Stack.KITE_PROD)));
  }

  JsonNode json(Stack stack) {
    return json.get(stack.stackName());
  }

  Map<String, JsonNode> all() {
    return json;
  }

  TerraformStack stack(Stack stack) {
    return stacks.get(stack.stackName());
  }

  /** Every resource of a type: logical id → attributes. */
  static Map<String, JsonNode> resources(JsonNode stack, String type) {
    return block(stack.path("resource").path(type));
  }

  static Map<String, JsonNode> dataSources(JsonNode stack, String type) {
    return block(stack.path("data").path(type));
  }

  private static Map<String, JsonNode> block(JsonNode node) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    node.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  /** The single resource of a type whose attribute has a value. */
  static JsonNode resourceWhere(JsonNode stack, String type, String attribute, String value) {
    List<JsonNode> matches =
        resources(stack, type).values().stream()
            .filter(r -> value.equals(r.path(attribute).asText(null)))
            .toList();
    if (matches.size() != 1) {
      throw new AssertionError(
          matches.size() + " " + type + " with " + attribute + "=" + value + " in " + stack);
    }
    return matches.get(0);
  }
}
