package chat.k1te.workflows.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import chat.k1te.contracts.GithubNames;
import chat.k1te.workflows.model.CallJob;
import chat.k1te.workflows.model.DispatchInput;
import chat.k1te.workflows.model.Job;
import chat.k1te.workflows.model.Permission;
import chat.k1te.workflows.model.Permissions;
import chat.k1te.workflows.model.PullRequest;
import chat.k1te.workflows.model.Push;
import chat.k1te.workflows.model.Schedule;
import chat.k1te.workflows.model.StepsJob;
import chat.k1te.workflows.model.Trigger;
import chat.k1te.workflows.model.Workflow;
import chat.k1te.workflows.model.WorkflowCall;
import chat.k1te.workflows.model.WorkflowDispatch;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One test per workflow: its triggers, its job graph and each job's permissions. */
class KitePipelineTest {

  private static List<String> events(Workflow workflow) {
    return workflow.on().stream().map(Trigger::event).toList();
  }

  /** Job id → the jobs it needs, in order. */
  private static Map<String, List<String>> graph(Workflow workflow) {
    Map<String, List<String>> graph = new LinkedHashMap<>();
    workflow.jobs().forEach(j -> graph.put(j.id(), j.needs()));
    return graph;
  }

  private static Permissions permissions(Workflow workflow, String job) {
    return workflow.job(job).orElseThrow().permissions();
  }

  private static StepsJob stepsJob(Workflow workflow, String job) {
    return (StepsJob) workflow.job(job).orElseThrow();
  }

  private static String calls(Workflow workflow, String job) {
    return ((CallJob) workflow.job(job).orElseThrow()).workflow().fileName();
  }

  @Test
  void ci() {
    Workflow ci = CiWorkflow.WORKFLOW;
    assertThat(events(ci)).containsExactly("pull_request", "push", "workflow_call");
    assertThat(ci.trigger(Push.class).orElseThrow().branchesIgnore()).containsExactly("main");
    assertThat(ci.trigger(PullRequest.class).orElseThrow().branches()).isEmpty();
    assertThat(graph(ci)).containsExactly(Map.entry("verify", List.of()));
    assertThat(permissions(ci, "verify")).isEqualTo(Permissions.contentsRead());
    assertThat(ci.concurrency().orElseThrow().cancelInProgress()).isTrue();
  }

  @Test
  void buildNativeArm64() {
    Workflow build = BuildNativeWorkflow.WORKFLOW;
    assertThat(events(build)).containsExactly("workflow_call", "workflow_dispatch");
    assertThat(build.trigger(WorkflowCall.class).orElseThrow().outputs())
        .extracting(WorkflowCall.Output::id)
        .containsExactly("artifact-key");
    assertThat(graph(build)).containsExactly(Map.entry("build", List.of()));
    assertThat(permissions(build, "build")).isEqualTo(Permissions.oidc());
    StepsJob job = stepsJob(build, "build");
    assertThat(job.environment()).isEmpty();
    assertThat(job.outputs()).containsKey("artifact-key");
    assertThat(job.concurrency().orElseThrow().cancelInProgress()).isFalse();
  }

  @Test
  void deployDev() {
    Workflow deploy = DeployDevWorkflow.WORKFLOW;
    assertThat(events(deploy)).containsExactly("push");
    assertThat(deploy.trigger(Push.class).orElseThrow().branches()).containsExactly("main");
    assertThat(graph(deploy))
        .containsExactly(
            Map.entry("verify", List.of()),
            Map.entry("build", List.of("verify")),
            Map.entry("synth", List.of("verify")),
            Map.entry("deploy", List.of("build", "synth")),
            Map.entry("e2e", List.of("deploy")));
    assertThat(calls(deploy, "verify")).isEqualTo("ci.yml");
    assertThat(calls(deploy, "build")).isEqualTo("build-native-arm64.yml");
    assertThat(calls(deploy, "e2e")).isEqualTo("e2e.yml");
    assertThat(permissions(deploy, "verify")).isEqualTo(Permissions.contentsRead());
    assertThat(permissions(deploy, "build")).isEqualTo(Permissions.oidc());
    assertThat(permissions(deploy, "synth")).isEqualTo(Permissions.contentsRead());
    assertThat(permissions(deploy, "deploy")).isEqualTo(Permissions.oidc());
    // e2e reads the stage's URL with the read-only drift role: the call must allow id-token
    assertThat(permissions(deploy, "e2e")).isEqualTo(Permissions.oidc());
    assertThat(((CallJob) deploy.job("e2e").orElseThrow()).with())
        .containsExactly(Map.entry("stage", GithubNames.ENV_DEV));
    StepsJob job = stepsJob(deploy, "deploy");
    assertThat(job.environment()).contains(GithubNames.ENV_DEV);
    assertThat(job.concurrency().orElseThrow().group()).isEqualTo("deploy-kite-dev");
    assertThat(job.concurrency().orElseThrow().cancelInProgress()).isFalse();
  }

  @Test
  void tagToProd() {
    Workflow prod = TagToProdWorkflow.WORKFLOW;
    assertThat(events(prod)).containsExactly("push");
    Push push = prod.trigger(Push.class).orElseThrow();
    assertThat(push.tags()).containsExactly("v*");
    assertThat(push.branches()).isEmpty();
    // a tag builds nothing: it deploys what main built for the commit
    assertThat(graph(prod))
        .containsExactly(Map.entry("synth", List.of()), Map.entry("deploy", List.of("synth")));
    assertThat(permissions(prod, "synth")).isEqualTo(Permissions.contentsRead());
    StepsJob job = stepsJob(prod, "deploy");
    assertThat(job.environment()).contains(GithubNames.ENV_PROD);
    assertThat(job.permissions()).isEqualTo(Permissions.oidc());
    assertThat(job.concurrency().orElseThrow().group()).isEqualTo("deploy-kite-prod");
  }

  @Test
  void nightlyDrift() {
    Workflow drift = NightlyDriftWorkflow.WORKFLOW;
    assertThat(events(drift)).containsExactly("schedule", "workflow_dispatch");
    assertThat(drift.trigger(Schedule.class).orElseThrow().crons()).containsExactly("0 10 * * 1-5");
    DispatchInput.Choice stack =
        (DispatchInput.Choice) drift.trigger(WorkflowDispatch.class).orElseThrow().inputs().get(0);
    assertThat(stack.id()).isEqualTo("stack");
    assertThat(stack.options()).containsExactly("all", "kite-build", "kite-dev", "kite-prod");
    assertThat(graph(drift))
        .containsExactly(Map.entry("synth", List.of()), Map.entry("drift", List.of("synth")));
    StepsJob job = stepsJob(drift, "drift");
    assertThat(job.environment()).isEmpty();
    assertThat(job.permissions())
        .isEqualTo(Permissions.oidc().with(Permission.ISSUES, Permission.Level.WRITE));
    assertThat(job.strategy().orElseThrow().failFast()).isFalse();
    assertThat(job.concurrency().orElseThrow().group()).isEqualTo("drift-${{ matrix.stack }}");
  }

  @Test
  void e2e() {
    Workflow e2e = E2eWorkflow.WORKFLOW;
    assertThat(events(e2e)).containsExactly("workflow_call", "workflow_dispatch");
    assertThat(graph(e2e))
        .containsExactly(Map.entry("endpoints", List.of()), Map.entry("e2e", List.of("endpoints")));
    // a manual run picks a stage that has an e2e environment; dev by default
    DispatchInput.Choice stage =
        (DispatchInput.Choice) e2e.trigger(WorkflowDispatch.class).orElseThrow().inputs().get(0);
    assertThat(stage.id()).isEqualTo("stage");
    assertThat(stage.options()).containsExactly(GithubNames.ENV_DEV);
    assertThat(stage.defaultValue()).isEqualTo(GithubNames.ENV_DEV);
    // the suites' job takes the stage as its GitHub environment
    assertThat(stage.options()).isSubsetOf(GithubNames.ENV_DEV, GithubNames.ENV_PROD);
    WorkflowCall.Input called = e2e.trigger(WorkflowCall.class).orElseThrow().inputs().get(0);
    assertThat(called.id()).isEqualTo("stage");
    assertThat(called.defaultValue()).contains(GithubNames.ENV_DEV);
    assertThat(E2eWorkflow.STACK)
        .isEqualTo("${{ fromJSON('{\"dev\":\"kite-dev\"}')[inputs.stage] }}");

    // the stage's URL: read-only role, no environment, no secrets
    StepsJob endpoints = stepsJob(e2e, "endpoints");
    assertThat(endpoints.environment()).isEmpty();
    assertThat(endpoints.permissions()).isEqualTo(Permissions.oidc());
    assertThat(endpoints.outputs()).containsOnlyKeys("ws-url");
    assertThat(endpoints.toString())
        .contains("vars.KITE_DRIFT_ROLE_ARN")
        .doesNotContain("secrets.");

    // the suites: the stage's environment, no AWS access
    StepsJob job = stepsJob(e2e, "e2e");
    assertThat(job.environment()).contains("${{ inputs.stage }}");
    assertThat(job.permissions()).isEqualTo(Permissions.contentsRead());
    assertThat(job.concurrency().orElseThrow().group()).isEqualTo("e2e-${{ inputs.stage }}");
  }

  @Test
  void theScheduleIsTheOldNoonKyivCheckInUtc() {
    // Old: cron(0 12 ? * 2-6 *) in Europe/Kiev (EventBridge weekdays 2-6 = Monday..Friday).
    // Kyiv is UTC+2 in winter: 12:00 local = 10:00 UTC; in summer (UTC+3) the run is at 13:00.
    java.time.ZonedDateTime winterRun =
        java.time.ZonedDateTime.of(2026, 1, 12, 10, 0, 0, 0, java.time.ZoneOffset.UTC);
    assertThat(winterRun.withZoneSameInstant(java.time.ZoneId.of("Europe/Kyiv")).getHour())
        .isEqualTo(12);
    assertThat(NightlyDriftWorkflow.CRON).isEqualTo("0 10 * * 1-5");
  }

  @Test
  void everyWorkflowIsListedOnceWithDistinctFiles() {
    assertThat(KitePipeline.workflows())
        .extracting(Workflow::fileName)
        .containsExactly(
            "ci.yml",
            "build-native-arm64.yml",
            "deploy-dev.yml",
            "tag-to-prod.yml",
            "nightly-drift.yml",
            "pins.yml",
            "e2e.yml");
    for (Workflow workflow : KitePipeline.workflows()) {
      for (Job job : workflow.jobs()) {
        if (job instanceof StepsJob steps) {
          assertThat(steps.timeoutMinutes()).as(job.id()).isPositive();
        }
      }
    }
  }
}
