package chat.k1te.workflows.pipeline;

import chat.k1te.contracts.GithubNames;
import chat.k1te.contracts.OidcRole;
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
 * {@code build-native-arm64}: the arm64 GraalVM native Lambda of the current commit, built in
 * CodeBuild and pinned by a build record (skipped when the commit's record exists). The build role
 * trusts main only, so the caller is deploy-dev (or a manual run on main); release tags build
 * nothing.
 */
public final class BuildNativeWorkflow {
  private BuildNativeWorkflow() {}

  static final String JOB = "build";

  static final Workflow WORKFLOW =
      new Workflow(
          "build-native-arm64.yml",
          "build-native-arm64",
          List.of(
              new WorkflowCall(
                  List.of(),
                  List.of(
                      new WorkflowCall.Output(
                          "artifact-key",
                          "S3 key of the commit's native function.zip",
                          Expr.of("jobs." + JOB + ".outputs.artifact-key"))),
                  List.of()),
              WorkflowDispatch.noInputs()),
          Optional.empty(),
          List.of(
              StepsJob.builder(JOB, "Native arm64 build")
                  .permissions(Permissions.oidc())
                  .concurrency(Concurrency.queued("native-build-" + Expr.of("github.sha").text()))
                  .timeoutMinutes(75)
                  .output("artifact-key", Expr.stepOutput("native", "artifact-key"))
                  .step(Steps.checkout())
                  .step(Steps.setupBuild(true))
                  .step(Steps.assume(OidcRole.BUILD))
                  .step(
                      Steps.local(
                              "Build (or reuse) the native function.zip",
                              BuildActions.CODEBUILD_NATIVE,
                              Ordered.map(
                                  "commit", Expr.of("github.sha").text(),
                                  "artifacts-bucket", Steps.vars(GithubNames.VAR_ARTIFACTS_BUCKET),
                                  "installation", Steps.vars(GithubNames.VAR_INSTALLATION)))
                          .withId("native"))
                  .build()));
}
