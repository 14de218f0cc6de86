package chat.k1te.workflows.pipeline;

import chat.k1te.contracts.GithubNames;
import chat.k1te.contracts.OidcRole;
import chat.k1te.contracts.Stack;
import chat.k1te.workflows.model.Concurrency;
import chat.k1te.workflows.model.Expr;
import chat.k1te.workflows.model.Ordered;
import chat.k1te.workflows.model.Permissions;
import chat.k1te.workflows.model.StepsJob;
import chat.k1te.workflows.model.UsesStep;

/** The jobs deploy-dev and tag-to-prod share: synthesis and the deploy of one stage. */
final class StageJobs {
  private StageJobs() {}

  static final String SYNTH = "synth";

  /**
   * One queue of deploys per stack. Drift checks queue in their own group ({@link #driftGroup}):
   * GitHub keeps one pending run per group and cancels the older one, so a shared group would let a
   * scheduled drift check cancel a deploy waiting for its turn (or its prod reviewers).
   */
  static Concurrency deployGroup(String stackName) {
    return Concurrency.queued("deploy-" + stackName);
  }

  static Concurrency driftGroup(String stackName) {
    return Concurrency.queued("drift-" + stackName);
  }

  static StepsJob synth(String... needs) {
    return StepsJob.builder(SYNTH, "Synthesize the stacks")
        .needs(needs)
        .permissions(Permissions.contentsRead())
        .timeoutMinutes(30)
        .step(Steps.checkout())
        .step(Steps.setupBuild(false))
        .step(synthesize())
        .step(Steps.uploadSynth())
        .build();
  }

  /** The synthesis step, with the repository's synth variables. */
  static UsesStep synthesize() {
    return Steps.local(
        "Synthesize",
        BuildActions.SYNTH,
        Ordered.map(
            "installation", Steps.vars(GithubNames.VAR_INSTALLATION),
            "existing-github-oidc-provider",
                Steps.vars(GithubNames.VAR_EXISTING_GITHUB_OIDC_PROVIDER),
            "domain", Steps.vars(GithubNames.VAR_DOMAIN),
            "lambda-packaging", Steps.vars(GithubNames.VAR_LAMBDA_PACKAGING),
            "lambda-architecture", Steps.vars(GithubNames.VAR_LAMBDA_ARCHITECTURE),
            "alarm-email", Steps.vars(GithubNames.VAR_ALARM_EMAIL),
            "budget-dev-usd", Steps.vars(GithubNames.VAR_BUDGET_DEV_USD),
            "budget-prod-usd", Steps.vars(GithubNames.VAR_BUDGET_PROD_USD)));
  }

  /** Plan and apply the stage stack in its GitHub environment, then smoke-test it. */
  static StepsJob deploy(Stack stack, OidcRole role, String... needs) {
    String environment = role.environment().orElseThrow();
    String commit = Expr.of("github.sha").text();
    StepsJob.Builder job =
        StepsJob.builder("deploy", "Deploy " + stack.stackName())
            .needs(needs)
            .environment(environment)
            .permissions(Permissions.oidc())
            .concurrency(deployGroup(stack.stackName()))
            .timeoutMinutes(45);
    if (stack == Stack.KITE_PROD) {
      // a release tag can point anywhere: refuse before any credential is taken
      job.step(Steps.checkoutWithHistory())
          .step(
              Steps.local(
                  "Verify the tagged commit is on main",
                  ReleaseActions.VERIFY_ON_MAIN,
                  Ordered.map("commit", commit)));
    } else {
      job.step(Steps.checkout());
    }
    return job.step(Steps.setupBuild(true))
        .step(Steps.downloadSynth())
        .step(Steps.assume(role))
        .step(
            Steps.local(
                    "Resolve the package main built for this commit",
                    ReleaseActions.ARTIFACT_RESOLVE,
                    Ordered.map(
                        "commit",
                        commit,
                        "artifacts-bucket",
                        Steps.vars(GithubNames.VAR_ARTIFACTS_BUCKET),
                        "lambda-packaging",
                        Steps.vars(GithubNames.VAR_LAMBDA_PACKAGING),
                        "lambda-architecture",
                        Steps.vars(GithubNames.VAR_LAMBDA_ARCHITECTURE)))
                .withId("artifact"))
        .step(
            Steps.local(
                    "Plan and apply " + stack.stackName(),
                    TerraformActions.TERRAFORM_DEPLOY,
                    Ordered.map(
                        "stack", stack.stackName(),
                        "artifact-commit", commit,
                        "artifact-version", Expr.stepOutput("artifact", "artifact-version").text(),
                        "artifact-sha256", Expr.stepOutput("artifact", "artifact-sha256").text(),
                        "artifacts-bucket", Steps.vars(GithubNames.VAR_ARTIFACTS_BUCKET),
                        "state-bucket", Steps.vars(GithubNames.VAR_TF_STATE_BUCKET),
                        "aws-region", Steps.vars(GithubNames.VAR_AWS_REGION),
                        "telegram-bot-token", Steps.secrets(GithubNames.SECRET_TELEGRAM_BOT_TOKEN),
                        "telegram-secret-token",
                            Steps.secrets(GithubNames.SECRET_TELEGRAM_SECRET_TOKEN),
                        "telegram-secrets-version",
                            Expr.of("vars." + GithubNames.VAR_TELEGRAM_SECRETS_VERSION + " || '1'")
                                .text(),
                        "cloudflare-api-token",
                            Steps.secrets(GithubNames.SECRET_CLOUDFLARE_API_TOKEN)))
                .withId("deploy"))
        .step(
            Steps.local(
                "Smoke test " + stack.stackName(),
                CheckActions.SMOKE,
                Ordered.map(
                    "ws-url", Expr.stepOutput("deploy", "ws-url").text(),
                    "webhook-url", Expr.stepOutput("deploy", "webhook-url").text(),
                    "telegram-secret-token",
                        Steps.secrets(GithubNames.SECRET_TELEGRAM_SECRET_TOKEN),
                    "channel", Steps.vars(GithubNames.VAR_SMOKE_CHANNEL))))
        .build();
  }
}
