package chat.k1te.ci.drift;

import chat.k1te.ci.github.GithubIssues;
import chat.k1te.ci.github.TrackedIssue;
import chat.k1te.contracts.GithubNames;
import chat.k1te.contracts.Stack;
import java.io.PrintWriter;
import java.util.Optional;

/** Exactly one open issue per drifted stack, closed once the stack is clean again. */
final class DriftIssue {
  private static final TrackedIssue.Label LABEL =
      new TrackedIssue.Label(
          GithubNames.DRIFT_LABEL, "d93f0b", "Terraform state differs from the deployed resources");

  private final TrackedIssue issue;
  private final Stack stack;

  DriftIssue(GithubIssues issues, Stack stack, PrintWriter out) {
    this.issue = new TrackedIssue(issues, GithubNames.driftIssueTitle(stack), LABEL, out);
    this.stack = stack;
  }

  void drifted(String body) {
    issue.report(body);
  }

  void clean(Optional<String> runUrl) {
    issue.resolve(
        "Stack `"
            + stack.stackName()
            + "` shows no drift any more (`terraform plan` found no changes)"
            + runUrl.map(url -> " in [this run](" + url + ")").orElse("")
            + ". Closing.");
  }
}
