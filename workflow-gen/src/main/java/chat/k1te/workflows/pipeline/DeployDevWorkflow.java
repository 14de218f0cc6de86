package chat.k1te.workflows.pipeline;

import chat.k1te.contracts.OidcRole;
import chat.k1te.contracts.Stack;
import chat.k1te.workflows.model.CallJob;
import chat.k1te.workflows.model.Permissions;
import chat.k1te.workflows.model.Push;
import chat.k1te.workflows.model.Workflow;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code deploy-dev}: every push to main is verified, built natively, synthesized, planned and
 * applied to kite-dev, smoke-tested and then checked end to end.
 */
public final class DeployDevWorkflow {
  private DeployDevWorkflow() {}

  static final Workflow WORKFLOW =
      new Workflow(
          "deploy-dev.yml",
          "deploy-dev",
          List.of(Push.branches(KitePipeline.MAIN)),
          Optional.empty(),
          List.of(
              CallJob.of(
                  "verify", "Verify", List.of(), Permissions.contentsRead(), CiWorkflow.WORKFLOW),
              CallJob.of(
                  "build",
                  "Native build",
                  List.of("verify"),
                  Permissions.oidc(),
                  BuildNativeWorkflow.WORKFLOW),
              StageJobs.synth("verify"),
              StageJobs.deploy(Stack.KITE_DEV, OidcRole.DEPLOY_DEV, "build", StageJobs.SYNTH),
              // the callee reads the stage's URL with the read-only role: id-token for that job
              new CallJob(
                  "e2e",
                  "End to end",
                  List.of("deploy"),
                  Optional.empty(),
                  Permissions.oidc(),
                  E2eWorkflow.WORKFLOW,
                  Map.of(E2eWorkflow.STAGE_INPUT, E2eWorkflow.stage(Stack.KITE_DEV)),
                  Map.of())));
}
