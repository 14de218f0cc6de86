package chat.k1te.ci.pins;

import java.util.List;

/** The findings of a pins check as Markdown: the step summary and the issue body. */
final class PinsMarkdown {
  private PinsMarkdown() {}

  static String render(List<PinCheck> checks) {
    StringBuilder md = new StringBuilder("## " + PinsCommand.ISSUE_TITLE + "\n\n");
    md.append("| action | pinned | newest in its major | newest major | SHA check |\n");
    md.append("|---|---|---|---|---|\n");
    for (PinCheck check : checks) {
      md.append("| `")
          .append(check.pin().repository())
          .append("` | ")
          .append(check.pin().version())
          .append(" `")
          .append(check.pin().sha())
          .append("` | ")
          .append(check.sameMajor().map(PinsMarkdown::upgrade).orElse("current"))
          .append(" | ")
          .append(check.newerMajor().map(PinsMarkdown::upgrade).orElse("current"))
          .append(" | ")
          .append(
              check.mismatch()
                  ? "**mismatch**: the tag points at `" + check.tagCommit() + "`"
                  : "verified")
          .append(" |\n");
    }
    md.append(
        "\nEach SHA above is the commit its tag points at, read from the action's repository."
            + " To bump: change `ActionPins` in workflow-gen, add the release's `action.yml`"
            + " under `workflow-gen/src/test/resources/actions/` (the bindings test reads it),"
            + " regenerate `.github/` and run the tests.\n");
    return md.toString();
  }

  private static String upgrade(PinCheck.Upgrade upgrade) {
    return "**" + upgrade.tag() + "** `" + upgrade.sha() + "`";
  }
}
