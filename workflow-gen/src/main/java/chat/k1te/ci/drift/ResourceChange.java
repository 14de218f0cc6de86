package chat.k1te.ci.drift;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of {@code resource_changes} or {@code resource_drift} of {@code terraform show -json}:
 * the address, the address it had before a {@code moved} block (if it moved), the actions and the
 * five value trees of its {@code change} object.
 */
record ResourceChange(
    String address,
    Optional<String> previousAddress,
    List<String> actions,
    JsonNode before,
    JsonNode after,
    JsonNode afterUnknown,
    JsonNode beforeSensitive,
    JsonNode afterSensitive) {

  ResourceChange {
    Objects.requireNonNull(address, "address");
    previousAddress = previousAddress.filter(previous -> !previous.equals(address));
    actions = List.copyOf(actions);
  }

  /**
   * True when a {@code moved} block gives the resource a new address; Terraform reports such a move
   * with the action {@code no-op} when nothing else changes.
   */
  boolean moved() {
    return previousAddress.isPresent();
  }

  /** True for a move and nothing else: the resource itself stays as it is. */
  boolean onlyMoved() {
    return moved() && (actions.isEmpty() || isOnly("no-op"));
  }

  /**
   * False for entries that change nothing ({@code no-op} at the same address) or only read a data
   * source.
   */
  boolean changesSomething() {
    return moved() || !(actions.isEmpty() || isOnly("no-op") || isOnly("read"));
  }

  /** Terraform's words: create, update, delete, replace (in which order), read, no-op. */
  String action() {
    if (actions.equals(List.of("delete", "create"))) {
      return "replace (delete, then create)";
    }
    if (actions.equals(List.of("create", "delete"))) {
      return "replace (create, then delete)";
    }
    return String.join(", ", actions);
  }

  private boolean isOnly(String action) {
    return actions.equals(List.of(action));
  }
}
