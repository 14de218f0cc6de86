package chat.k1te.workflows.pipeline;

import chat.k1te.workflows.actions.UploadArtifact;
import chat.k1te.workflows.model.Concurrency;
import chat.k1te.workflows.model.Expr;
import chat.k1te.workflows.model.Permissions;
import chat.k1te.workflows.model.PullRequest;
import chat.k1te.workflows.model.Push;
import chat.k1te.workflows.model.RunStep;
import chat.k1te.workflows.model.StepsJob;
import chat.k1te.workflows.model.Workflow;
import chat.k1te.workflows.model.WorkflowCall;
import java.util.List;
import java.util.Optional;

/**
 * {@code ci}: every test of the repository (the README's command, through {@code .ci/run}) and a
 * check that {@code .github/} is what workflow-gen generates. Also called by deploy-dev.
 */
public final class CiWorkflow {
  private CiWorkflow() {}

  static final Workflow WORKFLOW =
      new Workflow(
          "ci.yml",
          "ci",
          List.of(
              PullRequest.any(),
              Push.branchesIgnore(KitePipeline.MAIN),
              new WorkflowCall(List.of(), List.of(), List.of())),
          Optional.of(new Concurrency("ci-" + Expr.of("github.ref").text(), true)),
          List.of(
              StepsJob.builder("verify", "Verify")
                  .permissions(Permissions.contentsRead())
                  .timeoutMinutes(60)
                  .step(Steps.checkout())
                  .step(Steps.setupBuild(false))
                  // the runner image has shellcheck and google-chrome; .ci/run installs what is
                  // missing
                  .step(RunStep.bash("Run every test", ".ci/run\n"))
                  .step(
                      RunStep.bash(
                          "Check that .github/ is generated", Toolchain.KITE_CI + " check\n"))
                  .step(
                      new UploadArtifact(
                              "test-reports", List.of("*/target/surefire-reports/"), "ignore", 14)
                          .step("Keep the test reports")
                          .when(Expr.of("failure()")))
                  .build()));
}
