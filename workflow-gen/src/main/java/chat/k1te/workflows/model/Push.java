package chat.k1te.workflows.model;

import java.util.List;

/** {@code on: push} with optional branch, tag and path filters. */
public record Push(
    List<String> branches, List<String> branchesIgnore, List<String> tags, List<String> paths)
    implements Trigger {
  public Push {
    branches = List.copyOf(branches);
    branchesIgnore = List.copyOf(branchesIgnore);
    tags = List.copyOf(tags);
    paths = List.copyOf(paths);
    if (!branches.isEmpty() && !branchesIgnore.isEmpty()) {
      throw new IllegalArgumentException(
          "Cannot define both 'branches' and 'branches-ignore' on push; use one filter");
    }
  }

  public static Push branches(String... branches) {
    return new Push(List.of(branches), List.of(), List.of(), List.of());
  }

  public static Push branchesIgnore(String... branches) {
    return new Push(List.of(), List.of(branches), List.of(), List.of());
  }

  public static Push tags(String... tags) {
    return new Push(List.of(), List.of(), List.of(tags), List.of());
  }

  @Override
  public String event() {
    return "push";
  }
}
