package chat.k1te.workflows.pipeline;

import chat.k1te.contracts.GithubNames;
import chat.k1te.contracts.OidcRole;
import chat.k1te.contracts.Stack;
import chat.k1te.workflows.model.Push;
import chat.k1te.workflows.model.Workflow;
import java.util.List;
import java.util.Optional;

/**
 * {@code tag-to-prod}: a release tag deploys its commit to kite-prod. It builds nothing: the deploy
 * checks the commit is on main, then deploys the package main built for it, pinned by its build
 * record (a commit main never built fails). The deploy waits in the {@code prod} environment for
 * its required reviewers.
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
              StageJobs.synth(),
              StageJobs.deploy(Stack.KITE_PROD, OidcRole.DEPLOY_PROD, StageJobs.SYNTH)));
}
