package chat.k1te.ci.drift;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One entry of {@code resource_changes} or {@code resource_drift} of {@code terraform show -json}:
 * the address, the actions and the five value trees of its {@code change} object.
 */
record ResourceChange(
    String address,
    List<String> actions,
    JsonNode before,
    JsonNode after,
    JsonNode afterUnknown,
    JsonNode beforeSensitive,
    JsonNode afterSensitive) {

  ResourceChange {
    actions = List.copyOf(actions);
  }

  /** False for entries that change nothing ({@code no-op}) or only read a data source. */
  boolean changesSomething() {
    return !actions.isEmpty()
        && !actions.equals(List.of("no-op"))
        && !actions.equals(List.of("read"));
  }

  /** Terraform's words: create, update, delete, replace (in which order), read. */
  String action() {
    if (actions.equals(List.of("delete", "create"))) {
      return "replace (delete, then create)";
    }
    if (actions.equals(List.of("create", "delete"))) {
      return "replace (create, then delete)";
    }
    return String.join(", ", actions);
  }
}
