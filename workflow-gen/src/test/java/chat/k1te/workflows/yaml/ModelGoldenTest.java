package chat.k1te.workflows.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import chat.k1te.contracts.OidcRole;
import chat.k1te.workflows.actions.Checkout;
import chat.k1te.workflows.actions.ConfigureAwsCredentials;
import chat.k1te.workflows.model.CallJob;
import chat.k1te.workflows.model.CompositeAction;
import chat.k1te.workflows.model.Concurrency;
import chat.k1te.workflows.model.DispatchInput;
import chat.k1te.workflows.model.Expr;
import chat.k1te.workflows.model.Job;
import chat.k1te.workflows.model.Ordered;
import chat.k1te.workflows.model.Permission;
import chat.k1te.workflows.model.Permissions;
import chat.k1te.workflows.model.PullRequest;
import chat.k1te.workflows.model.Push;
import chat.k1te.workflows.model.RunStep;
import chat.k1te.workflows.model.Schedule;
import chat.k1te.workflows.model.Step;
import chat.k1te.workflows.model.StepsJob;
import chat.k1te.workflows.model.Strategy;
import chat.k1te.workflows.model.Trigger;
import chat.k1te.workflows.model.Workflow;
import chat.k1te.workflows.model.WorkflowCall;
import chat.k1te.workflows.model.WorkflowDispatch;
import chat.k1te.workflows.support.Golden;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each model type rendered twice: with required fields only and with every field. */
class ModelGoldenTest {

  private static StepsJob minimalJob(String id) {
    return StepsJob.builder(id, "Minimal")
        .timeoutMinutes(5)
        .step(RunStep.bash("Say hello", "echo hello\n"))
        .build();
  }

  static Workflow callee() {
    return new Workflow(
        "callee.yml",
        "callee",
        List.of(
            new WorkflowCall(
                List.of(
                    new WorkflowCall.Input("target", "Where to", true, "string", Optional.empty()),
                    new WorkflowCall.Input(
                        "dry-run", "Only plan", false, "boolean", Optional.of("false"))),
                List.of(
                    new WorkflowCall.Output(
                        "result", "What happened", Expr.of("jobs.only.outputs.result"))),
                List.of(new WorkflowCall.Secret("TOKEN", "A token", true)))),
        Optional.empty(),
        List.of(minimalJob("only")));
  }

  @Test
  void workflowWithRequiredFieldsOnly() {
    Golden.assertMatches(
        "workflow-minimal.yml",
        WorkflowYaml.render(
            new Workflow(
                "minimal.yml",
                "minimal",
                List.of(Push.branches("main")),
                Optional.empty(),
                List.of(minimalJob("only")))));
  }

  @Test
  void workflowWithEveryField() {
    Golden.assertMatches("workflow-all-fields.yml", WorkflowYaml.render(everyField()));
  }

  /**
   * The writers map each sealed model type with an instanceof chain ending in a throw (Java 17 has
   * no exhaustive switch over sealed types): the every-field golden must hold every permitted
   * subtype, so that none reaches the throw.
   */
  @Test
  void theEveryFieldWorkflowHoldsEveryPermittedSubtype() {
    Workflow workflow = everyField();
    assertThat(classes(workflow.on())).isEqualTo(permitted(Trigger.class));
    assertThat(classes(workflow.jobs())).isEqualTo(permitted(Job.class));
    assertThat(
            classes(
                workflow.jobs().stream()
                    .filter(StepsJob.class::isInstance)
                    .flatMap(j -> ((StepsJob) j).steps().stream())
                    .toList()))
        .isEqualTo(permitted(Step.class));
  }

  private static Set<Class<?>> classes(List<?> values) {
    return values.stream().map(Object::getClass).collect(Collectors.toSet());
  }

  private static Set<Class<?>> permitted(Class<?> sealed) {
    return Set.of(sealed.getPermittedSubclasses());
  }

  private static Workflow everyField() {
    StepsJob full =
        StepsJob.builder("deploy", "Deploy ${{ matrix.stage }}")
            .needs("call")
            .when(Expr.of("github.ref == 'refs/heads/main'"))
            .environment("dev")
            .permissions(Permissions.oidc().with(Permission.ISSUES, Permission.Level.WRITE))
            .concurrency(Concurrency.queued("stack-dev"))
            .timeoutMinutes(30)
            .strategy(
                new Strategy(Map.of("stage", new Strategy.Values(List.of("dev", "qa"))), false))
            .output("url", Expr.stepOutput("run", "url"))
            .env("LEVEL", "info")
            .step(Checkout.head().step())
            .step(new ConfigureAwsCredentials(OidcRole.DEPLOY_DEV).step())
            .step(
                new RunStep(
                    Optional.of("run"),
                    "Everything",
                    Optional.of(Expr.of("success()")),
                    "echo \"url=https://example.invalid/$STAGE\" >> \"$GITHUB_OUTPUT\"\n",
                    Optional.of("bash"),
                    Optional.of("infra"),
                    Ordered.map("STAGE", Expr.of("matrix.stage").text())))
            .build();
    CallJob call =
        new CallJob(
            "call",
            "Call",
            List.of(),
            Optional.of(Expr.of("always()")),
            Permissions.contentsRead(),
            callee(),
            Ordered.map("target", "dev", "dry-run", "true"),
            Map.of("TOKEN", Expr.secrets("SOME_TOKEN")));
    Workflow workflow =
        new Workflow(
            "full.yml",
            "full",
            List.of(
                new Push(List.of(), List.of("main"), List.of("v*"), List.of("src/**")),
                new PullRequest(List.of("main"), List.of("docs/**")),
                Schedule.cron("0 10 * * 1-5"),
                new WorkflowDispatch(
                    List.of(
                        new DispatchInput.Choice(
                            "stack", "Stack", List.of("all", "kite-dev"), "all"),
                        new DispatchInput.Text("note", "A note", false, Optional.of("none")),
                        new DispatchInput.Flag("verbose", "Verbose", false))),
                new WorkflowCall(List.of(), List.of(), List.of())),
            Optional.of(new Concurrency("full-${{ github.ref }}", true)),
            List.of(call, full));
    return workflow;
  }

  @Test
  void compositeActionWithRequiredFieldsOnly() {
    Golden.assertMatches(
        "action-minimal.yml",
        WorkflowYaml.render(
            new CompositeAction(
                "minimal",
                "Minimal",
                "Does one thing",
                List.of(),
                List.of(),
                List.of(RunStep.bash("Say hello", "echo hello\n")))));
  }

  @Test
  void compositeActionWithEveryField() {
    Golden.assertMatches(
        "action-all-fields.yml",
        WorkflowYaml.render(
            new CompositeAction(
                "full",
                "Full",
                "Inputs, outputs, run and uses steps",
                List.of(
                    CompositeAction.Input.required("who", "Whom to greet"),
                    CompositeAction.Input.optional("times", "How often", "1")),
                List.of(
                    new CompositeAction.Output(
                        "greeting", "The greeting", Expr.stepOutput("greet", "text"))),
                List.of(
                    Checkout.head().step(),
                    RunStep.bash("Greet", "echo \"text=hello $WHO\" >> \"$GITHUB_OUTPUT\"\n")
                        .withId("greet")
                        .withEnv(Ordered.map("WHO", Expr.inputs("who").text()))))));
  }
}
