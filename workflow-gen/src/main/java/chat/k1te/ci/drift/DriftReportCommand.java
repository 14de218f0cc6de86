package chat.k1te.ci.drift;

import chat.k1te.ci.CiCommand;
import chat.k1te.ci.CiEnvironment;
import chat.k1te.ci.CiException;
import chat.k1te.ci.ExitCode;
import chat.k1te.ci.github.GithubApi;
import chat.k1te.ci.github.GithubIssues;
import chat.k1te.contracts.GithubNames;
import chat.k1te.contracts.Stack;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kite-ci drift report}: one stack's plan result → step summary + its drift issue. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Turns the result of `terraform plan -detailed-exitcode` for one stack into a Markdown"
          + " summary (drifted resources, action, changed attribute paths; sensitive values shown"
          + " as (sensitive); at most 65 536 characters, with a note on omitted resources),"
          + " written to $GITHUB_STEP_SUMMARY, and keeps exactly one open GitHub issue per drifted"
          + " stack (label 'drift', title 'Drift detected in stack <stack>'): opens it, updates its"
          + " body (closing any duplicates), and closes it with a comment once the plan is clean.",
      "Environment: GITHUB_TOKEN (needs issues: write), GITHUB_REPOSITORY (owner/name, unless"
          + " --repository), GITHUB_API_URL (default https://api.github.com), GITHUB_STEP_SUMMARY;"
          + " GITHUB_SERVER_URL + GITHUB_RUN_ID, when set, link the run from the issue.",
      "A failed plan (exit code 1) touches no issue."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no drift (any open drift issue of the stack was closed)",
      "1:drift found (the issue was opened or updated)",
      "2:invalid input (unknown stack, exit code not 0/1/2, missing or invalid plan JSON,"
          + " missing GITHUB_TOKEN/GITHUB_REPOSITORY)",
      "3:the plan itself failed (exit code 1), or GitHub refused a call",
      "4:internal error"
    })
public final class DriftReportCommand extends CiCommand {
  @Option(
      names = "--stack",
      required = true,
      paramLabel = "<name>",
      description = "Stack name: local, kite-build, kite-dev or kite-prod.")
  String stack;

  @Option(
      names = "--exit-code",
      required = true,
      paramLabel = "<n>",
      description =
          "Exit code of `terraform plan -detailed-exitcode`: 0 clean, 1 error, 2 changes.")
  int exitCode;

  @Option(
      names = "--plan-json",
      paramLabel = "<file>",
      description = "Output of `terraform show -json <planfile>`; required when --exit-code is 2.")
  Path planJson;

  @Option(
      names = "--repository",
      paramLabel = "owner/name",
      description = "Repository of the drift issue (default: $GITHUB_REPOSITORY).")
  String repository;

  @Option(
      names = "--no-issue",
      description = "Only write the summary; do not touch GitHub issues (local runs).")
  boolean noIssue;

  public DriftReportCommand() {
    this(CiEnvironment.system());
  }

  public DriftReportCommand(CiEnvironment environment) {
    super(environment);
  }

  @Override
  protected int run(PrintWriter out, PrintWriter err) {
    Stack target = Stack.byName(stack);
    if (exitCode != 0 && exitCode != 1 && exitCode != 2) {
      throw CiException.invalidInput(
          "--exit-code must be 0 (clean), 1 (plan failed) or 2 (changes), got " + exitCode);
    }
    Optional<String> runUrl = environment.runUrl();
    if (exitCode == 1) {
      summary(
          "## Drift check of stack `"
              + target.stackName()
              + "` failed\n\n"
              + "`terraform plan` exited with 1 (an error); see the plan step's log. The drift issue was not changed.\n");
      throw CiException.remoteState(
          "terraform plan failed for stack " + target.stackName() + "; drift unknown");
    }
    if (exitCode == 2 && planJson == null) {
      throw CiException.invalidInput("--plan-json is required when --exit-code is 2");
    }
    Optional<DriftIssue> issue = noIssue ? Optional.empty() : Optional.of(issue(target, out));
    if (exitCode == 0) {
      summary(
          "## No drift in stack `"
              + target.stackName()
              + "`\n\n`terraform plan` found no changes.\n");
      issue.ifPresent(i -> i.clean(runUrl));
      out.println("✔ No drift in stack " + target.stackName());
      return ExitCode.OK;
    }
    Plan plan = Plan.read(planJson);
    String body = DriftMarkdown.render(target, plan, runUrl, DriftMarkdown.GITHUB_BODY_LIMIT);
    summary(body);
    issue.ifPresent(i -> i.drifted(body));
    err.println("✘ " + GithubNames.driftIssueTitle(target));
    return ExitCode.FAILURE;
  }

  private DriftIssue issue(Stack target, PrintWriter out) {
    String repo =
        Optional.ofNullable(repository)
            .or(() -> environment.get("GITHUB_REPOSITORY"))
            .orElseThrow(
                () ->
                    CiException.invalidInput(
                        "No repository: pass --repository or set GITHUB_REPOSITORY"));
    if (!repo.matches("[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+")) {
      throw CiException.invalidInput("repository must be owner/name, got '" + repo + "'");
    }
    String token = environment.require("GITHUB_TOKEN", "the drift issue; or pass --no-issue");
    URI api = URI.create(environment.get("GITHUB_API_URL").orElse("https://api.github.com"));
    return new DriftIssue(new GithubIssues(new GithubApi(api, token), repo), target, out);
  }

  private void summary(String markdown) {
    environment.stepSummary().ifPresent(s -> s.append(markdown));
  }
}
