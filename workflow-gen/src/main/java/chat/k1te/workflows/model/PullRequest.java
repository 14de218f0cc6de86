package chat.k1te.workflows.model;

import java.util.List;

/** {@code on: pull_request} (runs with a read-only token and no secrets for forks). */
public record PullRequest(List<String> branches, List<String> paths) implements Trigger {
  public PullRequest {
    branches = List.copyOf(branches);
    paths = List.copyOf(paths);
  }

  public static PullRequest any() {
    return new PullRequest(List.of(), List.of());
  }

  @Override
  public String event() {
    return "pull_request";
  }
}
