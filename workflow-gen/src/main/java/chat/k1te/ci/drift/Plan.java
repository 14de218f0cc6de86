package chat.k1te.ci.drift;

import chat.k1te.ci.CiException;
import chat.k1te.ci.StrictJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What {@code drift report} needs from {@code terraform show -json <plan>}. */
record Plan(List<ResourceChange> changes, List<ResourceChange> drift, int changedOutputs) {
  /**
   * A plan of a few stacks is well under a megabyte; a Terraform plan JSON of 256 MB is not ours.
   */
  static final int MAX_PLAN_BYTES = 256 * 1024 * 1024;

  Plan {
    changes = List.copyOf(changes);
    drift = List.copyOf(drift);
  }

  static Plan read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw CiException.invalidInput("--plan-json " + file + " does not exist or is not a file");
    }
    JsonNode root = StrictJson.parse("--plan-json " + file, file, MAX_PLAN_BYTES);
    if (!root.isObject() || !root.has("format_version")) {
      throw CiException.invalidInput(
          "--plan-json "
              + file
              + " is not the output of `terraform show -json <planfile>`"
              + " (no format_version)");
    }
    int outputs = 0;
    for (JsonNode output : root.path("output_changes")) {
      if (output.path("actions").size() > 0
          && !"no-op".equals(output.path("actions").path(0).asText())) {
        outputs++;
      }
    }
    return new Plan(
        entries(file, root, "resource_changes"), entries(file, root, "resource_drift"), outputs);
  }

  private static List<ResourceChange> entries(Path file, JsonNode root, String field) {
    List<ResourceChange> result = new ArrayList<>();
    for (JsonNode entry : root.path(field)) {
      JsonNode change = entry.path("change");
      String address = entry.path("address").asText(null);
      if (address == null || !change.isObject()) {
        throw CiException.invalidInput(
            "--plan-json "
                + file
                + ": "
                + field
                + "["
                + result.size()
                + "]"
                + " lacks address or change (its values are not shown: they may be secrets)");
      }
      List<String> actions = new ArrayList<>();
      change.path("actions").forEach(a -> actions.add(a.asText()));
      result.add(
          new ResourceChange(
              address,
              Optional.ofNullable(entry.path("previous_address").textValue()),
              actions,
              value(change, "before"),
              value(change, "after"),
              value(change, "after_unknown"),
              value(change, "before_sensitive"),
              value(change, "after_sensitive")));
    }
    return result;
  }

  private static JsonNode value(JsonNode change, String field) {
    JsonNode node = change.get(field);
    return node == null ? MissingNode.getInstance() : node;
  }
}
