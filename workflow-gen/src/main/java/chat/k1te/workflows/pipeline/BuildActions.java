package chat.k1te.workflows.pipeline;

import chat.k1te.contracts.Artifacts;
import chat.k1te.contracts.GithubNames;
import chat.k1te.workflows.actions.SetupJava;
import chat.k1te.workflows.actions.SetupNode;
import chat.k1te.workflows.model.CompositeAction;
import chat.k1te.workflows.model.CompositeAction.Input;
import chat.k1te.workflows.model.CompositeAction.Output;
import chat.k1te.workflows.model.Expr;
import chat.k1te.workflows.model.Ordered;
import chat.k1te.workflows.model.RunStep;
import java.util.List;
import java.util.Optional;

/** Composite actions that prepare the build: toolchain, native Lambda build, synthesis. */
final class BuildActions {
  private BuildActions() {}

  private static final Expr CACHED = Expr.of("inputs.cache == 'true'");
  private static final Expr UNCACHED = Expr.of("inputs.cache != 'true'");

  static final CompositeAction SETUP_BUILD =
      new CompositeAction(
          "setup-build",
          "Set up the Kite build",
          "JDK "
              + Toolchain.JAVA_VERSION
              + " (Temurin), Node.js "
              + Toolchain.NODE_VERSION
              + ", the Maven/npm caches only when asked, and, unless disabled, the kite-ci"
              + " command-line jar.",
          List.of(
              Input.optional(
                  "build-kite-ci", "Build workflow-gen/target/kite-ci.jar (true|false)", "true"),
              Input.optional(
                  "cache",
                  "Restore the Maven and npm caches (true|false); never in a job that holds"
                      + " deploy credentials or secrets, where a poisoned cache would run with them",
                  "false")),
          List.of(),
          List.of(
              new SetupJava("temurin", Toolchain.AOT_JAVA_VERSION, Optional.empty()).step(),
              SetupJava.temurinWithMavenCache(Toolchain.JAVA_VERSION).step().when(CACHED),
              new SetupJava("temurin", Toolchain.JAVA_VERSION, Optional.empty())
                  .step()
                  .when(UNCACHED),
              new SetupNode(Toolchain.NODE_VERSION, Optional.of(Toolchain.TOOLS_LOCK))
                  .step()
                  .when(CACHED),
              SetupNode.version(Toolchain.NODE_VERSION).step().when(UNCACHED),
              RunStep.bash(
                      "Build kite-ci.jar",
                      "./mvnw -B -ntp -q -pl workflow-gen -am package -DskipTests\n")
                  .when(Expr.of("inputs.build-kite-ci == 'true'"))));

  private static final List<String> CODEBUILD_OUTPUTS =
      List.of("artifact-key", "build-id", "log-url", "skipped");

  static final CompositeAction CODEBUILD_NATIVE =
      new CompositeAction(
          "codebuild-native",
          "Native arm64 Lambda build",
          "Uploads the commit's source and runs the "
              + "installation's arm64 native CodeBuild project ("
              + Artifacts.CODEBUILD_PROJECT
              + " in the default installation), streaming its logs; skips the build when the"
              + " commit's function.zip already exists. Needs AWS credentials of the build role.",
          List.of(
              Input.required("commit", "40-hex commit SHA to build"),
              Input.required(
                  "artifacts-bucket",
                  "The artifacts bucket (output artifacts_bucket of kite-build)"),
              Input.optional(
                  "installation",
                  "Installation prefix (GitHub variable "
                      + GithubNames.VAR_INSTALLATION
                      + "); empty for kite",
                  "")),
          CODEBUILD_OUTPUTS.stream()
              .map(o -> new Output(o, "codebuild run output " + o, Expr.stepOutput("codebuild", o)))
              .toList(),
          List.of(
              RunStep.bash(
                      "Run the native build in CodeBuild",
                      Toolchain.KITE_CI
                          + " codebuild run \\\n"
                          + "  --installation \"$INSTALLATION\" \\\n"
                          + "  --bucket \"$ARTIFACTS_BUCKET\" \\\n"
                          + "  --commit \"$COMMIT\" \\\n"
                          + "  --buildspec "
                          + Artifacts.BUILDSPEC
                          + " \\\n"
                          + "  --skip-if-exists\n")
                  .withId("codebuild")
                  .withEnv(
                      Ordered.map(
                          "ARTIFACTS_BUCKET", Steps.inputs("artifacts-bucket"),
                          "COMMIT", Steps.inputs("commit"),
                          "INSTALLATION", Steps.inputs("installation")))));

  static final CompositeAction SYNTH =
      new CompositeAction(
          "synth",
          "Synthesize the stacks",
          "Builds the modules infra depends on and runs the CDKTF app, which writes "
              + Toolchain.SYNTH_DIR
              + "/stacks/<stack>/cdk.tf.json for every stack.",
          List.of(
              Input.optional(
                  "installation",
                  "Installation prefix of every account-unique name (GitHub variable "
                      + GithubNames.VAR_INSTALLATION
                      + "); empty for kite",
                  ""),
              Input.optional(
                  "existing-github-oidc-provider",
                  "true when kite-build looks GitHub's OIDC provider up instead of creating it"
                      + " (GitHub variable "
                      + GithubNames.VAR_EXISTING_GITHUB_OIDC_PROVIDER
                      + "); empty for false",
                  ""),
              Input.optional(
                  "domain", "Custom domain (GitHub variable KITE_DOMAIN); empty for none", ""),
              Input.optional(
                  "lambda-packaging",
                  "native, jvm or jvm-aot (GitHub variable KITE_LAMBDA_PACKAGING); empty for native",
                  ""),
              Input.optional(
                  "lambda-architecture",
                  "arm64 or x86_64 (GitHub variable KITE_LAMBDA_ARCHITECTURE); empty for arm64",
                  ""),
              Input.optional(
                  "alarm-email",
                  "E-mail address for the stage alarms (GitHub variable KITE_ALARM_EMAIL); empty for none",
                  ""),
              Input.optional(
                  "budget-dev-usd",
                  "Monthly budget of kite-dev in USD (GitHub variable KITE_BUDGET_DEV_USD); empty"
                      + " for the default",
                  ""),
              Input.optional(
                  "budget-prod-usd",
                  "Monthly budget of kite-prod in USD (GitHub variable KITE_BUDGET_PROD_USD); empty"
                      + " for the default",
                  "")),
          List.of(),
          List.of(
              RunStep.bash(
                      "Synthesize every stack",
                      "./mvnw -B -ntp -q -pl infra -am compile exec:java\n")
                  .withEnv(
                      Ordered.map(
                          "KITE_REPOSITORY",
                          Expr.of("github.repository").text(),
                          GithubNames.VAR_INSTALLATION,
                          Steps.inputs("installation"),
                          GithubNames.VAR_EXISTING_GITHUB_OIDC_PROVIDER,
                          Steps.inputs("existing-github-oidc-provider"),
                          "KITE_DOMAIN",
                          Steps.inputs("domain"),
                          "KITE_LAMBDA_PACKAGING",
                          Steps.inputs("lambda-packaging"),
                          GithubNames.VAR_LAMBDA_ARCHITECTURE,
                          Steps.inputs("lambda-architecture"),
                          GithubNames.VAR_ALARM_EMAIL,
                          Steps.inputs("alarm-email"),
                          GithubNames.VAR_BUDGET_DEV_USD,
                          Steps.inputs("budget-dev-usd"),
                          GithubNames.VAR_BUDGET_PROD_USD,
                          Steps.inputs("budget-prod-usd")))));
}
