package chat.k1te.workflows.pipeline;

import chat.k1te.contracts.GithubNames;
import chat.k1te.contracts.OidcRole;
import chat.k1te.contracts.Stack;
import chat.k1te.workflows.model.CallJob;
import chat.k1te.workflows.model.Permissions;
import chat.k1te.workflows.model.Push;
import chat.k1te.workflows.model.Workflow;
import java.util.List;
import java.util.Optional;

/**
 * {@code tag-to-prod}: a release tag deploys its commit to kite-prod. The native build reuses the
 * artifact main already built for that commit (or builds it); the deploy waits in the {@code prod}
 * environment for its required reviewers.
 */
public final class TagToProdWorkflow {
  private TagToProdWorkflow() {}

  static final Workflow WORKFLOW =
      new Workflow(
          "tag-to-prod.yml",
          "tag-to-prod",
          List.of(Push.tags(GithubNames.RELEASE_TAG_PATTERN)),
          Optional.empty(),
          List.of(
              CallJob.of(
                  "build",
                  "Resolve or build the artifact",
                  List.of(),
                  Permissions.oidc(),
                  BuildNativeWorkflow.WORKFLOW),
              StageJobs.synth(),
              StageJobs.deploy(Stack.KITE_PROD, OidcRole.DEPLOY_PROD, "build", StageJobs.SYNTH)));
}
