package chat.k1te.workflows.pipeline;

import chat.k1te.contracts.GithubNames;
import chat.k1te.workflows.actions.UploadArtifact;
import chat.k1te.workflows.model.Concurrency;
import chat.k1te.workflows.model.Expr;
import chat.k1te.workflows.model.Ordered;
import chat.k1te.workflows.model.Permissions;
import chat.k1te.workflows.model.StepsJob;
import chat.k1te.workflows.model.Workflow;
import chat.k1te.workflows.model.WorkflowCall;
import chat.k1te.workflows.model.WorkflowDispatch;
import java.util.List;
import java.util.Optional;

/**
 * {@code e2e}: the Playwright suites against the dev stage with real Telegram Web. The job sits in
 * the {@code dev} environment, whose variables and secret it reads directly (environment secrets
 * cannot be passed through {@code workflow_call}), so callers pass nothing.
 */
public final class E2eWorkflow {
  private E2eWorkflow() {}

  static final String MODULE = "k1te-serverless-test";

  static final Workflow WORKFLOW =
      new Workflow(
          "e2e.yml",
          "e2e",
          List.of(new WorkflowCall(List.of(), List.of(), List.of()), WorkflowDispatch.noInputs()),
          Optional.empty(),
          List.of(
              StepsJob.builder("e2e", "e2e against dev")
                  .environment(GithubNames.ENV_DEV)
                  .permissions(Permissions.contentsRead())
                  .concurrency(Concurrency.queued("e2e-" + GithubNames.ENV_DEV))
                  .timeoutMinutes(60)
                  .step(Steps.checkout())
                  .step(Steps.setupBuild(false))
                  .step(
                      Steps.local(
                          "Run the e2e suites",
                          CheckActions.E2E_RUN,
                          Ordered.map(
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
                  .build()));
}
