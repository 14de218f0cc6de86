package chat.k1te.ci.drift;

import chat.k1te.contracts.GithubNames;
import chat.k1te.contracts.Stack;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Keeps exactly one open issue per drifted stack: opens it, updates its body, closes extra
 * duplicates, and closes it with a comment once the stack is clean again.
 */
final class DriftIssue {
  private final GithubIssues issues;
  private final Stack stack;
  private final PrintWriter out;

  DriftIssue(GithubIssues issues, Stack stack, PrintWriter out) {
    this.issues = issues;
    this.stack = stack;
    this.out = out;
  }

  void drifted(String body) {
    List<GithubIssue> open = open();
    if (open.isEmpty()) {
      issues.ensureLabel(
          GithubNames.DRIFT_LABEL, "d93f0b", "Terraform state differs from the deployed resources");
      GithubIssue created =
          issues.create(GithubNames.driftIssueTitle(stack), body, GithubNames.DRIFT_LABEL);
      out.println("Opened drift issue #" + created.number() + " " + created.url());
      return;
    }
    GithubIssue kept = open.get(0);
    issues.updateBody(kept.number(), body);
    out.println("Updated drift issue #" + kept.number() + " " + kept.url());
    for (GithubIssue duplicate : open.subList(1, open.size())) {
      issues.comment(duplicate.number(), "Duplicate of #" + kept.number() + "; closing.");
      issues.close(duplicate.number(), "not_planned");
      out.println("Closed duplicate drift issue #" + duplicate.number());
    }
  }

  void clean(Optional<String> runUrl) {
    for (GithubIssue issue : open()) {
      issues.comment(
          issue.number(),
          "Stack `"
              + stack.stackName()
              + "` shows no drift any more (`terraform plan` found no changes)"
              + runUrl.map(url -> " in [this run](" + url + ")").orElse("")
              + ". Closing.");
      issues.close(issue.number(), "completed");
      out.println("Closed drift issue #" + issue.number() + ": stack is clean again");
    }
  }

  /** The open issues of this stack, oldest first. */
  private List<GithubIssue> open() {
    String title = GithubNames.driftIssueTitle(stack);
    return issues.openWithLabel(GithubNames.DRIFT_LABEL).stream()
        .filter(issue -> issue.title().equals(title))
        .sorted(Comparator.comparingInt(GithubIssue::number))
        .toList();
  }
}
