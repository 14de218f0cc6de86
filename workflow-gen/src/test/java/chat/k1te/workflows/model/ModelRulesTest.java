package chat.k1te.workflows.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chat.k1te.contracts.OidcRole;
import chat.k1te.workflows.actions.ConfigureAwsCredentials;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The rules the model enforces by construction, each with the message a user sees. */
class ModelRulesTest {

  private static StepsJob.Builder job() {
    return StepsJob.builder("job", "Job").timeoutMinutes(10);
  }

  @Test
  void aScriptCannotContainAnExpression() {
    assertThatThrownBy(() -> RunStep.bash("Echo", "echo \"${{ github.event.issue.title }}\"\n"))
        .hasMessage(
            "Step 'Echo' uses an expression inside 'run'; pass the value through 'env' and read $VAR");
  }

  @Test
  void thirdPartyActionsMustBePinnedByAFullShaWithTheirTag() {
    assertThatThrownBy(() -> new ActionRef.Pinned("actions/checkout", "v4", "v4"))
        .hasMessageContaining("must be pinned by a full 40-hex lower-case commit SHA, got 'v4'");
    assertThatThrownBy(() -> new ActionRef.Pinned("actions/checkout", "a".repeat(40), "main"))
        .hasMessageContaining("needs its release tag");
    assertThat(new ActionRef.Local("smoke").uses()).isEqualTo("./.github/actions/smoke");
  }

  @Test
  void idTokenWriteIsOnlyForJobsThatAssumeARole() {
    assertThatThrownBy(
            () -> job().permissions(Permissions.oidc()).step(RunStep.bash("x", "true\n")).build())
        .hasMessageContaining("requests id-token: write but assumes no AWS role");
    assertThatThrownBy(
            () ->
                job()
                    .permissions(Permissions.contentsRead())
                    .step(new ConfigureAwsCredentials(OidcRole.BUILD).step())
                    .build())
        .hasMessageContaining("lacks id-token: write");
  }

  @Test
  void aJobMayOnlyAssumeARoleWhoseTrustAcceptsIt() {
    assertThatThrownBy(
            () ->
                job()
                    .permissions(Permissions.oidc())
                    .step(new ConfigureAwsCredentials(OidcRole.DEPLOY_PROD).step())
                    .build())
        .hasMessageContaining(
            "with environment (none), but that role trusts only jobs with environment prod");
    assertThatThrownBy(
            () ->
                job()
                    .environment("dev")
                    .permissions(Permissions.oidc())
                    .step(new ConfigureAwsCredentials(OidcRole.BUILD).step())
                    .build())
        .hasMessageContaining(
            "with environment dev, but that role trusts only jobs with environment (none)");
    assertThatThrownBy(
            () ->
                job()
                    .permissions(Permissions.oidc())
                    .step(
                        UsesStep.of(
                            "bare role",
                            new ActionRef.Local("x"),
                            Map.of("role-to-assume", "arn:aws:iam::1:role/r")))
                    .build())
        .hasMessageContaining("passes role-to-assume without naming the role");
    assertThatCode(
            () ->
                job()
                    .environment("prod")
                    .permissions(Permissions.oidc())
                    .step(new ConfigureAwsCredentials(OidcRole.DEPLOY_PROD).step())
                    .build())
        .doesNotThrowAnyException();
  }

  @Test
  void compositeActionsNeedShellsAndNeverAssumeRoles() {
    RunStep noShell =
        new RunStep(
            Optional.empty(),
            "x",
            Optional.empty(),
            "true\n",
            Optional.empty(),
            Optional.empty(),
            Map.of());
    assertThatThrownBy(
            () -> new CompositeAction("a", "A", "a", List.of(), List.of(), List.of(noShell)))
        .hasMessageContaining("Run step 'x' of composite action a needs a shell");
    assertThatThrownBy(
            () ->
                new CompositeAction(
                    "a",
                    "A",
                    "a",
                    List.of(),
                    List.of(),
                    List.of(new ConfigureAwsCredentials(OidcRole.BUILD).step())))
        .hasMessageContaining("must not assume AWS roles");
  }

  @Test
  void aCompositeActionStepPassesDeclaredInputsOnlyAndEveryRequiredOne() {
    CompositeAction action =
        new CompositeAction(
            "deploy",
            "Deploy",
            "d",
            List.of(
                CompositeAction.Input.required("stack", "s"),
                CompositeAction.Input.optional("region", "r", "eu-west-1")),
            List.of(),
            List.of(RunStep.bash("x", "true\n")));
    assertThatThrownBy(() -> action.step("Deploy", Map.of("stack", "kite-dev", "stak", "x")))
        .hasMessageContaining("passes unknown input 'stak' to action deploy")
        .hasMessageContaining("[stack, region]");
    assertThatThrownBy(() -> action.step("Deploy", Map.of("region", "x")))
        .hasMessageContaining("must pass required input 'stack' to action deploy");
    assertThat(action.step("Deploy", Map.of("stack", "kite-dev")).action().uses())
        .isEqualTo("./.github/actions/deploy");
  }

  @Test
  void theGenericModelNamesNothingOfKite() throws IOException {
    try (var files = Files.list(Path.of(MODEL_SOURCES))) {
      assertThat(files.toList())
          .isNotEmpty()
          .allSatisfy(
              f ->
                  assertThat(Files.readString(f))
                      .as(f + " imports no contracts of the Kite pipeline")
                      .doesNotContain("chat.k1te.contracts"));
    }
  }

  static final String MODEL_SOURCES = "src/main/java/chat/k1te/workflows/model";

  @Test
  void everyJobHasATimeoutAndSteps() {
    assertThatThrownBy(() -> StepsJob.builder("j", "J").step(RunStep.bash("x", "true\n")).build())
        .hasMessageContaining("timeout-minutes must be 1..360, got 0");
    assertThatThrownBy(() -> job().build()).hasMessageContaining("Job 'job' has no steps");
  }

  @Test
  void triggersAreValidated() {
    assertThatThrownBy(() -> new Push(List.of("a"), List.of("b"), List.of(), List.of()))
        .hasMessageContaining("Cannot define both 'branches' and 'branches-ignore'");
    assertThatThrownBy(() -> Schedule.cron("0 10 * *")).hasMessageContaining("must have 5 fields");
    assertThatThrownBy(() -> new DispatchInput.Choice("stack", "s", List.of("a", "b"), "c"))
        .hasMessage("Default 'c' of choice input 'stack' is not one of its options [a, b]");
  }

  @Test
  void reusableWorkflowCallsAreChecked() {
    StepsJob only = job().step(RunStep.bash("x", "true\n")).build();
    Workflow notCallable =
        new Workflow(
            "plain.yml", "plain", List.of(Push.branches("main")), Optional.empty(), List.of(only));
    assertThatThrownBy(() -> CallJob.of("c", "C", List.of(), Permissions.NONE, notCallable))
        .hasMessageContaining("calls plain.yml, which has no workflow_call");
    Workflow callable =
        new Workflow(
            "callee.yml",
            "callee",
            List.of(
                new WorkflowCall(
                    List.of(
                        new WorkflowCall.Input("target", "t", true, "string", Optional.empty())),
                    List.of(),
                    List.of())),
            Optional.empty(),
            List.of(only));
    assertThatThrownBy(() -> CallJob.of("c", "C", List.of(), Permissions.NONE, callable))
        .hasMessageContaining("must pass required input 'target'");
    assertThatThrownBy(
            () ->
                new CallJob(
                    "c",
                    "C",
                    List.of(),
                    Optional.empty(),
                    Permissions.NONE,
                    callable,
                    Ordered.map("target", "dev"),
                    Map.of("TOKEN", Expr.secrets("X"))))
        .hasMessageContaining("passes undeclared secret 'TOKEN'");
  }

  @Test
  void jobsNeedOnlyEarlierJobsAndIdsAreUnique() {
    StepsJob a = job().step(RunStep.bash("x", "true\n")).build();
    StepsJob b =
        StepsJob.builder("b", "B")
            .needs("c")
            .timeoutMinutes(5)
            .step(RunStep.bash("x", "true\n"))
            .build();
    assertThatThrownBy(
            () ->
                new Workflow(
                    "w.yml", "w", List.of(Push.branches("main")), Optional.empty(), List.of(a, b)))
        .hasMessageContaining("needs 'c', which is not an earlier job");
    assertThatThrownBy(
            () ->
                new Workflow(
                    "w.yml", "w", List.of(Push.branches("main")), Optional.empty(), List.of(a, a)))
        .hasMessageContaining("Duplicate job 'job'");
  }

  @Test
  void mapsWithoutAStableOrderAreRefused() {
    Map<String, String> unordered = new HashMap<>();
    unordered.put("A", "1");
    unordered.put("B", "2");
    assertThatThrownBy(() -> RunStep.bash("x", "true\n").withEnv(unordered))
        .hasMessageContaining("unstable iteration order");
    assertThatThrownBy(() -> RunStep.bash("x", "true\n").withEnv(Map.of("A", "1", "B", "2")))
        .hasMessageContaining("unstable iteration order");
  }

  @Test
  void expressionsAreWrittenOnce() {
    assertThat(Expr.vars("AWS_REGION").text()).isEqualTo("${{ vars.AWS_REGION }}");
    assertThatThrownBy(() -> Expr.of("${{ x }}")).hasMessageContaining("not wrapped in ${{ }}");
  }
}
