package chat.k1te.workflows.pipeline;

import chat.k1te.contracts.GithubNames;
import chat.k1te.contracts.OidcRole;
import chat.k1te.contracts.Stack;
import chat.k1te.workflows.actions.UploadArtifact;
import chat.k1te.workflows.model.Concurrency;
import chat.k1te.workflows.model.DispatchInput;
import chat.k1te.workflows.model.Expr;
import chat.k1te.workflows.model.Ordered;
import chat.k1te.workflows.model.Permissions;
import chat.k1te.workflows.model.StepsJob;
import chat.k1te.workflows.model.Workflow;
import chat.k1te.workflows.model.WorkflowCall;
import chat.k1te.workflows.model.WorkflowDispatch;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code e2e}: the Playwright suites against a deployed stage with real Telegram Web. One job reads
 * the stage's WebSocket URL from its state with the read-only drift role; the suites then serve the
 * widget page for that URL themselves (unless the stage's environment names a hosted page). The
 * suites' job sits in the stage's GitHub environment, whose variables and secret it reads directly
 * (environment secrets cannot be passed through {@code workflow_call}), so callers pass only the
 * stage.
 */
public final class E2eWorkflow {
  private E2eWorkflow() {}

  static final String MODULE = "k1te-serverless-test";

  /** The stages whose GitHub environment holds the e2e variables, Telegram groups and session. */
  static final List<Stack> STAGES = List.of(Stack.KITE_DEV);

  static final String STAGE_INPUT = "stage";
  static final String DEFAULT_STAGE = stage(Stack.KITE_DEV);
  static final String ENDPOINTS_JOB = "endpoints";

  private static final String STAGE = Expr.inputs(STAGE_INPUT).text();
  private static final String STAGE_DESCRIPTION =
      "Stage to test (its GitHub environment holds the e2e variables)";

  /** The stack of the chosen stage: a lookup generated from {@link #STAGES}. */
  static final String STACK =
      Expr.of(
              "fromJSON('{"
                  + STAGES.stream()
                      .map(s -> "\"" + stage(s) + "\":\"" + s.stackName() + "\"")
                      .collect(Collectors.joining(","))
                  + "}')[inputs."
                  + STAGE_INPUT
                  + "]")
          .text();

  static final Workflow WORKFLOW =
      new Workflow(
          "e2e.yml",
          "e2e",
          List.of(
              new WorkflowCall(
                  List.of(
                      new WorkflowCall.Input(
                          STAGE_INPUT,
                          STAGE_DESCRIPTION
                              + ": one of "
                              + STAGES.stream()
                                  .map(E2eWorkflow::stage)
                                  .collect(Collectors.joining(", ")),
                          false,
                          "string",
                          Optional.of(DEFAULT_STAGE))),
                  List.of(),
                  List.of()),
              new WorkflowDispatch(
                  List.of(
                      new DispatchInput.Choice(
                          STAGE_INPUT,
                          STAGE_DESCRIPTION,
                          STAGES.stream().map(E2eWorkflow::stage).toList(),
                          DEFAULT_STAGE)))),
          Optional.empty(),
          List.of(endpoints(), suites()));

  /** The stage's ws_url output, read from its state with the read-only role. */
  private static StepsJob endpoints() {
    return StepsJob.builder(ENDPOINTS_JOB, "Read the endpoints of " + STAGE)
        .permissions(Permissions.oidc())
        .timeoutMinutes(30)
        .output("ws-url", Expr.stepOutput("endpoints", "ws-url"))
        .step(Steps.checkout())
        .step(Steps.setupBuild(false))
        .step(StageJobs.synthesize())
        .step(Steps.assume(OidcRole.DRIFT))
        .step(
            Steps.local(
                    "Read the stage's WebSocket URL",
                    TerraformActions.STAGE_ENDPOINTS,
                    Ordered.map(
                        "stack", STACK,
                        "state-bucket", Steps.vars(GithubNames.VAR_TF_STATE_BUCKET),
                        "aws-region", Steps.vars(GithubNames.VAR_AWS_REGION)))
                .withId("endpoints"))
        .build();
  }

  private static StepsJob suites() {
    return StepsJob.builder("e2e", "e2e against " + STAGE)
        .needs(ENDPOINTS_JOB)
        .environment(STAGE)
        .permissions(Permissions.contentsRead())
        .concurrency(Concurrency.queued("e2e-" + STAGE))
        .timeoutMinutes(60)
        .step(Steps.checkout())
        .step(Steps.setupBuild(false))
        .step(
            Steps.local(
                "Run the e2e suites",
                CheckActions.E2E_RUN,
                Ordered.map(
                    "ws-url", Expr.of("needs." + ENDPOINTS_JOB + ".outputs.ws-url").text(),
                    "widget-url", Steps.vars(GithubNames.VAR_E2E_WIDGET_URL),
                    "bot-name", Steps.vars(GithubNames.VAR_E2E_BOT_NAME),
                    "telegram-web-auth-json",
                        Steps.secrets(GithubNames.SECRET_TELEGRAM_WEB_AUTH_JSON))))
        .step(
            new UploadArtifact(
                    "e2e-traces",
                    List.of(
                        MODULE + "/target/e2e-artifacts/**",
                        MODULE + "/target/surefire-reports/**"),
                    "warn",
                    14)
                .step("Keep traces, screenshots and reports")
                .when(Expr.of("always()")))
        .build();
  }

  static String stage(Stack stack) {
    return stack.stage().orElseThrow(() -> new IllegalArgumentException(stack + " is no stage"));
  }
}
