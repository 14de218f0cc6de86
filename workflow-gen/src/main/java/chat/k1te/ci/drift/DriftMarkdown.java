package chat.k1te.ci.drift;

import chat.k1te.contracts.GithubNames;
import chat.k1te.contracts.Stack;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Renders a drifted plan as Markdown that always fits GitHub's limit for an issue body (65 536
 * characters): whole resource sections are dropped from the end, and a note says how many.
 */
final class DriftMarkdown {
  /** GitHub's maximum issue (and comment) body length. */
  static final int GITHUB_BODY_LIMIT = 65_536;

  /** Attribute rows shown per resource before "… n more". */
  static final int MAX_ATTRIBUTES = 40;

  private static final int FOOTER_RESERVE = 400;

  private DriftMarkdown() {}

  static String render(Stack stack, Plan plan, Optional<String> runUrl, int limit) {
    List<ResourceChange> drifted =
        plan.drift().stream().filter(ResourceChange::changesSomething).toList();
    List<ResourceChange> planned =
        plan.changes().stream().filter(ResourceChange::changesSomething).toList();
    long movedOnly = planned.stream().filter(ResourceChange::onlyMoved).count();
    StringBuilder md = new StringBuilder();
    md.append("## ").append(GithubNames.driftIssueTitle(stack)).append("\n\n");
    md.append("`terraform plan -detailed-exitcode` reported changes for stack `")
        .append(stack.stackName())
        .append("`: ")
        .append(count((int) (planned.size() - movedOnly), "resource"))
        .append(" to change")
        .append(
            movedOnly == 0
                ? ""
                : ", " + count((int) movedOnly, "resource") + " only moved to a new address")
        .append(
            drifted.isEmpty()
                ? ""
                : ", " + count(drifted.size(), "resource") + " changed outside Terraform")
        .append(
            plan.changedOutputs() == 0
                ? ""
                : ", " + count(plan.changedOutputs(), "output") + " to change")
        .append(".");
    runUrl.ifPresent(url -> md.append(" [Workflow run](").append(url).append(")"));
    md.append("\n\nSensitive values are shown as `").append(AttributeDiff.SENSITIVE).append("`.\n");

    int budget = limit - FOOTER_RESERVE;
    int omitted = 0;
    omitted += section(md, "Changed outside Terraform (refresh)", drifted, budget);
    omitted += section(md, "Planned changes", planned, budget);
    if (drifted.isEmpty() && planned.isEmpty()) {
      md.append("\nNo resource changes are listed; the plan differs only in outputs.\n");
    }
    if (omitted > 0) {
      md.append("\n_")
          .append(count(omitted, "more resource"))
          .append(" omitted to stay within GitHub's ")
          .append(GITHUB_BODY_LIMIT)
          .append("-character limit; the full plan is in the workflow run._\n");
    }
    return md.toString();
  }

  /** Appends as many resource blocks as fit; returns how many did not. */
  private static int section(
      StringBuilder md, String title, List<ResourceChange> resources, int budget) {
    if (resources.isEmpty()) {
      return 0;
    }
    String heading = "\n### " + title + "\n";
    if (md.length() + heading.length() > budget) {
      return resources.size();
    }
    md.append(heading);
    for (int i = 0; i < resources.size(); i++) {
      String block = block(resources.get(i));
      if (md.length() + block.length() > budget) {
        return resources.size() - i;
      }
      md.append(block);
    }
    return 0;
  }

  private static String block(ResourceChange resource) {
    StringBuilder md = new StringBuilder("\n#### ");
    md.append(Markdown.code(resource.address()))
        .append(" — ")
        .append(action(resource))
        .append("\n\n");
    List<AttributeDiff.Change> changes = AttributeDiff.of(resource);
    if (resource.onlyMoved()) {
      md.append(
          "Only the address changes (a `moved` block): Terraform keeps the resource as it is.\n");
      return md.toString();
    }
    if (changes.isEmpty()) {
      md.append("No attribute values differ (the change is in dependencies or metadata).\n");
      return md.toString();
    }
    md.append("| attribute | before | after |\n|---|---|---|\n");
    List<AttributeDiff.Change> shown =
        new ArrayList<>(changes.subList(0, Math.min(MAX_ATTRIBUTES, changes.size())));
    for (AttributeDiff.Change change : shown) {
      md.append("| ")
          .append(Markdown.code(change.path()))
          .append(" | ")
          .append(Markdown.code(change.before()))
          .append(" | ")
          .append(Markdown.code(change.after()))
          .append(" |\n");
    }
    if (changes.size() > shown.size()) {
      md.append("\n… ").append(changes.size() - shown.size()).append(" more changed attributes\n");
    }
    return md.toString();
  }

  private static String action(ResourceChange resource) {
    String move =
        resource
            .previousAddress()
            .map(previous -> "moved from " + Markdown.code(previous))
            .orElse("");
    if (resource.onlyMoved()) {
      return move;
    }
    return move.isEmpty() ? resource.action() : resource.action() + ", " + move;
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
