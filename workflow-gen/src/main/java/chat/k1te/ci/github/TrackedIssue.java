package chat.k1te.ci.github;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;

/**
 * Keeps at most one open issue with a given title and label: {@link #report} opens it (creating the
 * label when missing) or updates its body and closes duplicates; {@link #resolve} closes it with a
 * comment once the condition is gone. Used by the drift report (one per stack) and the pins check.
 */
public final class TrackedIssue {
  /** The label the issue carries, with the colour and description it is created with. */
  public record Label(String name, String color, String description) {}

  private final GithubIssues issues;
  private final String title;
  private final Label label;
  private final PrintWriter out;

  public TrackedIssue(GithubIssues issues, String title, Label label, PrintWriter out) {
    this.issues = issues;
    this.title = title;
    this.label = label;
    this.out = out;
  }

  public void report(String body) {
    List<GithubIssue> open = open();
    if (open.isEmpty()) {
      issues.ensureLabel(label.name(), label.color(), label.description());
      GithubIssue created = issues.create(title, body, label.name());
      out.println("Opened " + label.name() + " issue #" + created.number() + " " + created.url());
      return;
    }
    GithubIssue kept = open.get(0);
    issues.updateBody(kept.number(), body);
    out.println("Updated " + label.name() + " issue #" + kept.number() + " " + kept.url());
    for (GithubIssue duplicate : open.subList(1, open.size())) {
      issues.comment(duplicate.number(), "Duplicate of #" + kept.number() + "; closing.");
      issues.close(duplicate.number(), "not_planned");
      out.println("Closed duplicate " + label.name() + " issue #" + duplicate.number());
    }
  }

  public void resolve(String comment) {
    for (GithubIssue issue : open()) {
      issues.comment(issue.number(), comment);
      issues.close(issue.number(), "completed");
      out.println("Closed " + label.name() + " issue #" + issue.number());
    }
  }

  /** The open issues with this title, oldest first. */
  private List<GithubIssue> open() {
    return issues.openWithLabel(label.name()).stream()
        .filter(issue -> issue.title().equals(title))
        .sorted(Comparator.comparingInt(GithubIssue::number))
        .toList();
  }
}
