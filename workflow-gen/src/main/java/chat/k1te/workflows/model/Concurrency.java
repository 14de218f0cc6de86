package chat.k1te.workflows.model;

import java.util.Objects;

/** A concurrency group; runs of one group never overlap. */
public record Concurrency(String group, boolean cancelInProgress) {
  public Concurrency {
    Objects.requireNonNull(group, "group");
    if (group.isBlank()) {
      throw new IllegalArgumentException("Concurrency group must not be blank");
    }
  }

  /** A group whose queued runs wait for the running one (deploys must never be cut short). */
  public static Concurrency queued(String group) {
    return new Concurrency(group, false);
  }
}
