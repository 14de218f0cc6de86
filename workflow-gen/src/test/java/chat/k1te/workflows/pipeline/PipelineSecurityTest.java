package chat.k1te.workflows.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import chat.k1te.contracts.GithubNames;
import chat.k1te.workflows.model.CallJob;
import chat.k1te.workflows.model.CompositeAction;
import chat.k1te.workflows.model.Job;
import chat.k1te.workflows.model.Permission;
import chat.k1te.workflows.model.Step;
import chat.k1te.workflows.model.StepsJob;
import chat.k1te.workflows.model.UsesStep;
import chat.k1te.workflows.model.Workflow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The security properties of the pipeline, over the typed model that generates {@code .github/}.
 */
class PipelineSecurityTest {

  private static List<String> uses(StepsJob job) {
    List<String> out = new ArrayList<>();
    for (Step step : job.steps()) {
      if (step instanceof UsesStep uses) {
        out.add(uses.action().uses());
      }
    }
    return out;
  }

  private static UsesStep step(StepsJob job, CompositeAction action) {
    return job.steps().stream()
        .filter(UsesStep.class::isInstance)
        .map(UsesStep.class::cast)
        .filter(s -> s.action().uses().equals(action.ref().uses()))
        .findFirst()
        .orElseThrow(() -> new AssertionError(job.id() + " does not use " + action.name()));
  }

  @Test
  void tagToProdBuildsNothingAndChecksMainBeforeTakingCredentials() {
    Workflow prod = TagToProdWorkflow.WORKFLOW;
    for (Job job : prod.jobs()) {
      if (job instanceof CallJob call) {
        assertThat(call.workflow()).isNotEqualTo(BuildNativeWorkflow.WORKFLOW);
      } else {
        assertThat(uses((StepsJob) job)).doesNotContain(BuildActions.CODEBUILD_NATIVE.ref().uses());
      }
    }
    StepsJob deploy = (StepsJob) prod.job("deploy").orElseThrow();
    List<String> order = uses(deploy);
    int verify = order.indexOf(ReleaseActions.VERIFY_ON_MAIN.ref().uses());
    int assume =
        order.indexOf(Steps.assume(chat.k1te.contracts.OidcRole.DEPLOY_PROD).action().uses());
    int resolve = order.indexOf(ReleaseActions.ARTIFACT_RESOLVE.ref().uses());
    int apply = order.indexOf(TerraformActions.TERRAFORM_DEPLOY.ref().uses());
    assertThat(verify).isNotNegative().isLessThan(assume);
    assertThat(resolve).isGreaterThan(assume).isLessThan(apply);
    // the checkout has every branch, so main can be consulted
    assertThat(((UsesStep) deploy.steps().get(0)).with()).containsEntry("fetch-depth", "0");
  }

  @Test
  void everyDeployPinsTheRecordedPackage() {
    for (Workflow workflow : List.of(DeployDevWorkflow.WORKFLOW, TagToProdWorkflow.WORKFLOW)) {
      StepsJob deploy = (StepsJob) workflow.job("deploy").orElseThrow();
      Map<String, String> with = step(deploy, TerraformActions.TERRAFORM_DEPLOY).with();
      assertThat(with.get("artifact-version"))
          .isEqualTo("${{ steps.artifact.outputs.artifact-version }}");
      assertThat(with.get("artifact-sha256"))
          .isEqualTo("${{ steps.artifact.outputs.artifact-sha256 }}");
    }
  }

  @Test
  void noCacheInJobsHoldingCredentials() {
    for (Workflow workflow : KitePipeline.workflows()) {
      for (Job job : workflow.jobs()) {
        if (!(job instanceof StepsJob steps)) {
          continue;
        }
        boolean credentials =
            steps.environment().isPresent()
                || steps.permissions().scopes().containsKey(Permission.ID_TOKEN)
                || steps.id().equals(StageJobs.SYNTH); // its output is what deploys apply
        for (Step step : steps.steps()) {
          if (step instanceof UsesStep uses
              && uses.action().uses().equals(BuildActions.SETUP_BUILD.ref().uses())
              && credentials) {
            assertThat(uses.with().getOrDefault("cache", "false"))
                .as(workflow.fileName() + " " + job.id())
                .isEqualTo("false");
          }
        }
      }
    }
  }

  @Test
  void driftNeverSharesAGroupWithADeploy() {
    List<String> deployGroups = new ArrayList<>();
    for (Workflow workflow : List.of(DeployDevWorkflow.WORKFLOW, TagToProdWorkflow.WORKFLOW)) {
      deployGroups.add(
          ((StepsJob) workflow.job("deploy").orElseThrow()).concurrency().orElseThrow().group());
    }
    String drift =
        ((StepsJob) NightlyDriftWorkflow.WORKFLOW.job("drift").orElseThrow())
            .concurrency()
            .orElseThrow()
            .group();
    for (String stack : List.of("kite-build", "kite-dev", "kite-prod")) {
      assertThat(deployGroups).doesNotContain(drift.replace("${{ matrix.stack }}", stack));
    }
  }

  @Test
  void cloudflareEditTokenOnlyInEnvironmentJobs() {
    String edit = "secrets." + GithubNames.SECRET_CLOUDFLARE_API_TOKEN + " ";
    for (Workflow workflow : KitePipeline.workflows()) {
      for (Job job : workflow.jobs()) {
        if (job instanceof StepsJob steps && steps.environment().isEmpty()) {
          assertThat(steps.toString())
              .as(workflow.fileName() + " " + job.id())
              .doesNotContain(edit.strip() + " }}");
        }
      }
    }
    StepsJob drift = (StepsJob) NightlyDriftWorkflow.WORKFLOW.job("drift").orElseThrow();
    assertThat(step(drift, TerraformActions.DRIFT_CHECK).with().get("cloudflare-api-token"))
        .isEqualTo("${{ secrets." + GithubNames.SECRET_CLOUDFLARE_API_TOKEN_READ_ONLY + " }}");
  }

  @Test
  void theDriftPlanRunsReadOnlyWithoutSecrets() {
    String drift = TerraformActions.DRIFT_CHECK.toString();
    assertThat(drift).contains("TF_VAR_read_only_plan").doesNotContain("TF_VAR_telegram_bot_token");
    assertThat(TerraformActions.TERRAFORM_DEPLOY.toString()).doesNotContain("read_only_plan");
  }
}
