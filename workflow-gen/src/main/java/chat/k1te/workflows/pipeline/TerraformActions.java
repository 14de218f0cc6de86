package chat.k1te.workflows.pipeline;

import chat.k1te.contracts.GithubNames;
import chat.k1te.contracts.Stack;
import chat.k1te.workflows.actions.SetupTerraform;
import chat.k1te.workflows.model.CompositeAction;
import chat.k1te.workflows.model.CompositeAction.Input;
import chat.k1te.workflows.model.CompositeAction.Output;
import chat.k1te.workflows.model.Expr;
import chat.k1te.workflows.model.Ordered;
import chat.k1te.workflows.model.RunStep;
import chat.k1te.workflows.model.Step;
import java.util.List;

/**
 * Composite actions around plain {@code terraform} on the synthesized stacks (no cdktf CLI). The
 * job assumes the AWS role before calling them.
 */
final class TerraformActions {
  private TerraformActions() {}

  private static final String STACK_DIR = Stack.synthDirectory(Steps.inputs("stack"));

  private static final Input STACK =
      Input.required("stack", "Stack to plan (kite-dev, kite-prod, ...)");
  private static final Input STATE_BUCKET =
      Input.required("state-bucket", "S3 bucket of the Terraform state (variable TF_STATE_BUCKET)");
  private static final Input REGION =
      Input.required("aws-region", "AWS region (variable AWS_REGION)");
  private static final Input ARTIFACTS_BUCKET =
      Input.required("artifacts-bucket", "The artifacts bucket (variable KITE_ARTIFACTS_BUCKET)");
  private static final Input CLOUDFLARE =
      Input.optional("cloudflare-api-token", "Cloudflare API token, only with a custom domain", "");

  /** The stage's endpoints as outputs {@code ws-url} and {@code webhook-url} of this action. */
  private static final List<Output> ENDPOINTS =
      List.of(
          new Output(
              "ws-url", "WebSocket URL of the stage", Expr.stepOutput("endpoints", "ws-url")),
          new Output(
              "webhook-url",
              "Telegram webhook URL of the stage",
              Expr.stepOutput("endpoints", "webhook-url")));

  /** Set by {@code kite-ci drift deployed}: false for a stack that has no state. */
  private static final Expr DEPLOYED = Expr.of("steps.deployed.outputs.deployed == 'true'");

  private static List<Step> init() {
    return List.of(
        new SetupTerraform(SetupTerraform.VERSION).step(),
        RunStep.bash(
                "Initialise the S3 backend",
                "terraform init -input=false \\\n"
                    + "  -backend-config=\"bucket=$TF_STATE_BUCKET\" \\\n"
                    + "  -backend-config=\"region=$AWS_REGION\"\n")
            .in(STACK_DIR)
            .withEnv(
                Ordered.map(
                    "TF_STATE_BUCKET", Steps.inputs("state-bucket"),
                    "AWS_REGION", Steps.inputs("aws-region"))));
  }

  static final CompositeAction TERRAFORM_DEPLOY =
      new CompositeAction(
          "terraform-deploy",
          "Deploy a stage stack",
          "terraform init, plan -out, then apply exactly that plan; outputs the stage's endpoints.",
          List.of(
              STACK,
              Input.required(
                  "artifact-commit", "40-hex commit whose lambda/<sha>/function.zip is deployed"),
              Input.required(
                  "artifact-version",
                  "S3 version id of the package, from its build record (kite-ci artifact resolve)"),
              Input.required(
                  "artifact-sha256",
                  "Base64 SHA-256 of the package, from its build record (kite-ci artifact resolve)"),
              ARTIFACTS_BUCKET,
              STATE_BUCKET,
              REGION,
              Input.required("telegram-bot-token", "The stage's Telegram bot token (secret)"),
              Input.required("telegram-secret-token", "The stage's webhook secret (secret)"),
              Input.optional(
                  "telegram-secrets-version",
                  "Raise it (variable "
                      + GithubNames.VAR_TELEGRAM_SECRETS_VERSION
                      + ") after rotating the Telegram secrets: write-only SSM values are only"
                      + " sent when it changes",
                  "1"),
              CLOUDFLARE),
          ENDPOINTS,
          concat(
              init(),
              List.of(
                  RunStep.bash(
                          "Plan",
                          "terraform plan -input=false -out=tfplan \\\n"
                              + "  -var \"artifacts_bucket=$ARTIFACTS_BUCKET\" \\\n"
                              + "  -var \"artifact_commit=$ARTIFACT_COMMIT\" \\\n"
                              + "  -var \"artifact_version=$ARTIFACT_VERSION\" \\\n"
                              + "  -var \"artifact_sha256=$ARTIFACT_SHA256\" \\\n"
                              + "  -var \"telegram_secrets_version=$SECRETS_VERSION\"\n")
                      .in(STACK_DIR)
                      .withEnv(
                          Ordered.map(
                              "ARTIFACTS_BUCKET", Steps.inputs("artifacts-bucket"),
                              "ARTIFACT_COMMIT", Steps.inputs("artifact-commit"),
                              "ARTIFACT_VERSION", Steps.inputs("artifact-version"),
                              "ARTIFACT_SHA256", Steps.inputs("artifact-sha256"),
                              "SECRETS_VERSION", Steps.inputs("telegram-secrets-version"),
                              "TF_VAR_telegram_bot_token", Steps.inputs("telegram-bot-token"),
                              "TF_VAR_telegram_secret_token", Steps.inputs("telegram-secret-token"),
                              "TF_VAR_cloudflare_api_token", Steps.inputs("cloudflare-api-token"))),
                  // the secrets are ephemeral Terraform variables: a saved plan does not keep
                  // them, so the apply of that plan needs them again
                  RunStep.bash("Apply the plan", "terraform apply -input=false tfplan\n")
                      .in(STACK_DIR)
                      .withEnv(
                          Ordered.map(
                              "TF_VAR_telegram_bot_token", Steps.inputs("telegram-bot-token"),
                              "TF_VAR_telegram_secret_token", Steps.inputs("telegram-secret-token"),
                              "TF_VAR_cloudflare_api_token", Steps.inputs("cloudflare-api-token"))),
                  readEndpoints())));

  private static RunStep readEndpoints() {
    return RunStep.bash(
            "Read the stage endpoints",
            // assignments, not $(…) inside echo: a failing output fails the step
            "ws_url=$(terraform output -raw ws_url)\n"
                + "webhook_url=$(terraform output -raw webhook_url)\n"
                + "{\n"
                + "  echo \"ws-url=$ws_url\"\n"
                + "  echo \"webhook-url=$webhook_url\"\n"
                + "} >> \"$GITHUB_OUTPUT\"\n")
        .withId("endpoints")
        .in(STACK_DIR);
  }

  /**
   * The endpoints of a deployed stage, read from its state: nothing is planned, locked or changed,
   * so a read-only role suffices. A stage without state has no outputs and fails the step.
   */
  static final CompositeAction STAGE_ENDPOINTS =
      new CompositeAction(
          "stage-endpoints",
          "Read a stage's endpoints",
          "terraform init, then the stage's ws_url and webhook_url outputs from its state"
              + " (read-only: nothing is planned or locked).",
          List.of(STACK, STATE_BUCKET, REGION),
          ENDPOINTS,
          concat(init(), List.of(readEndpoints())));

  static final CompositeAction DRIFT_CHECK =
      new CompositeAction(
          "drift-check",
          "Check a stack for drift",
          "Plans the stack with refresh against what is deployed (read-only, no lock) and lets"
              + " `kite-ci drift report` keep the stack's drift issue; fails when the stack drifted.",
          List.of(
              STACK,
              ARTIFACTS_BUCKET,
              STATE_BUCKET,
              REGION,
              CLOUDFLARE,
              Input.required("github-token", "Token allowed to write issues (github.token)")),
          List.of(),
          concat(
              init(),
              List.of(
                  // a stack without state (never applied, or destroyed) has no outputs:
                  // `drift deployed` reports it as not deployed and the plan is skipped
                  RunStep.bash(
                          "Read what is deployed",
                          "terraform output -json > \"$RUNNER_TEMP/deployed-outputs.json\"\n"
                              + Toolchain.KITE_CI
                              + " drift deployed \\\n"
                              + "  --stack \"$STACK\" \\\n"
                              + "  --outputs-json \"$RUNNER_TEMP/deployed-outputs.json\"\n")
                      .withId("deployed")
                      .in(STACK_DIR)
                      .withEnv(Ordered.map("STACK", Steps.inputs("stack"))),
                  RunStep.bash(
                          "Plan with refresh (read-only)",
                          "exit_code=0\n"
                              + "terraform plan -input=false -lock=false -refresh=true -detailed-exitcode \\\n"
                              + "  -out=drift.tfplan || exit_code=$?\n"
                              + "echo \"exit-code=$exit_code\" >> \"$GITHUB_OUTPUT\"\n")
                      .withId("plan")
                      .when(DEPLOYED)
                      .in(STACK_DIR)
                      .withEnv(
                          Ordered.map(
                              "TF_VAR_artifacts_bucket", Steps.inputs("artifacts-bucket"),
                              // kite-build's only variable; ignored by the stage stacks
                              "TF_VAR_state_bucket", Steps.inputs("state-bucket"),
                              "TF_VAR_artifact_commit",
                                  Expr.stepOutput("deployed", "artifact-commit").text(),
                              "TF_VAR_artifact_version",
                                  Expr.stepOutput("deployed", "artifact-version").text(),
                              "TF_VAR_artifact_sha256",
                                  Expr.stepOutput("deployed", "artifact-sha256").text(),
                              // no secrets: the stage refuses a plan without them otherwise
                              "TF_VAR_read_only_plan", "true",
                              "TF_VAR_telegram_secrets_version",
                                  Expr.stepOutput("deployed", "telegram-secrets-version").text(),
                              "TF_VAR_cloudflare_api_token", Steps.inputs("cloudflare-api-token"))),
                  RunStep.bash(
                          "Export the plan as JSON",
                          "terraform show -json drift.tfplan > \"$RUNNER_TEMP/drift-plan.json\"\n")
                      .when(Expr.of(DEPLOYED.body() + " && steps.plan.outputs.exit-code == '2'"))
                      .in(STACK_DIR),
                  RunStep.bash(
                          "Report drift",
                          Toolchain.KITE_CI
                              + " drift report \\\n"
                              + "  --stack \"$STACK\" \\\n"
                              + "  --exit-code \"$EXIT_CODE\" \\\n"
                              + "  --plan-json \"$RUNNER_TEMP/drift-plan.json\"\n")
                      .withEnv(
                          Ordered.map(
                              "STACK", Steps.inputs("stack"),
                              "EXIT_CODE", Expr.stepOutput("plan", "exit-code").text(),
                              "GITHUB_TOKEN", Steps.inputs("github-token")))
                      .when(DEPLOYED))));

  private static List<Step> concat(List<Step> a, List<Step> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }
}
