package chat.k1te.workflows.pipeline;

import chat.k1te.contracts.GithubNames;
import chat.k1te.contracts.OidcRole;
import chat.k1te.contracts.Stack;
import chat.k1te.workflows.model.DispatchInput;
import chat.k1te.workflows.model.Expr;
import chat.k1te.workflows.model.Ordered;
import chat.k1te.workflows.model.Permission;
import chat.k1te.workflows.model.Permissions;
import chat.k1te.workflows.model.Schedule;
import chat.k1te.workflows.model.StepsJob;
import chat.k1te.workflows.model.Strategy;
import chat.k1te.workflows.model.Workflow;
import chat.k1te.workflows.model.WorkflowDispatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code nightly-drift}: on weekdays, plans every AWS stack with refresh and keeps one drift issue
 * per stack. The old check ran at 12:00 Europe/Kyiv; GitHub cron is UTC only, so it runs at 10:00
 * UTC: 12:00 in Kyiv winter time (EET, UTC+2) and 13:00 in summer time (EEST, UTC+3), never before
 * the old time.
 */
public final class NightlyDriftWorkflow {
  private NightlyDriftWorkflow() {}

  /** Monday to Friday, 10:00 UTC. */
  public static final String CRON = "0 10 * * 1-5";

  static final String ALL = "all";

  private static List<String> stackNames() {
    return Stack.aws().stream().map(Stack::stackName).toList();
  }

  private static DispatchInput.Choice stackInput() {
    List<String> options = new ArrayList<>();
    options.add(ALL);
    options.addAll(stackNames());
    return new DispatchInput.Choice("stack", "Stack to check", options, ALL);
  }

  /** Every AWS stack on schedule or for "all", else only the chosen one. */
  private static Expr matrixStacks() {
    String all =
        stackNames().stream().map(s -> "\"" + s + "\"").collect(Collectors.joining(",", "[", "]"));
    return Expr.of(
        "fromJSON((inputs.stack == '' || inputs.stack == '"
            + ALL
            + "') && '"
            + all
            + "' || format('[\"{0}\"]', inputs.stack))");
  }

  static final Workflow WORKFLOW =
      new Workflow(
          "nightly-drift.yml",
          "nightly-drift",
          List.of(Schedule.cron(CRON), new WorkflowDispatch(List.of(stackInput()))),
          Optional.empty(),
          List.of(
              StageJobs.synth(),
              StepsJob.builder("drift", "Drift of " + Expr.of("matrix.stack").text())
                  .needs(StageJobs.SYNTH)
                  .permissions(Permissions.oidc().with(Permission.ISSUES, Permission.Level.WRITE))
                  .concurrency(StageJobs.driftGroup(Expr.of("matrix.stack").text()))
                  .timeoutMinutes(30)
                  .strategy(
                      new Strategy(Map.of("stack", new Strategy.Computed(matrixStacks())), false))
                  .step(Steps.checkout())
                  .step(Steps.setupBuild(true))
                  .step(Steps.downloadSynth())
                  .step(Steps.assume(OidcRole.DRIFT))
                  .step(
                      Steps.local(
                          "Plan and report",
                          TerraformActions.DRIFT_CHECK,
                          Ordered.map(
                              "stack", Expr.of("matrix.stack").text(),
                              "artifacts-bucket", Steps.vars(GithubNames.VAR_ARTIFACTS_BUCKET),
                              "state-bucket", Steps.vars(GithubNames.VAR_TF_STATE_BUCKET),
                              "aws-region", Steps.vars(GithubNames.VAR_AWS_REGION),
                              // a read-only token: the edit token lives only in the environments
                              "cloudflare-api-token",
                                  Steps.secrets(GithubNames.SECRET_CLOUDFLARE_API_TOKEN_READ_ONLY),
                              "github-token", Expr.of("github.token").text())))
                  .build()));
}
