package chat.k1te.ci.drift;

import chat.k1te.ci.CiCommand;
import chat.k1te.ci.CiEnvironment;
import chat.k1te.ci.ExitCode;
import chat.k1te.contracts.Stack;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kite-ci drift deployed}: tells from a stack's Terraform outputs whether it was ever
 * deployed, and what a stage runs, so the drift check plans only deployed stacks.
 */
@Command(
    name = "deployed",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Reads `terraform output -json` of one stack. A stack without outputs (no state: never"
          + " deployed, or destroyed) is reported as not deployed: a note in $GITHUB_STEP_SUMMARY"
          + " and the step output deployed=false, so the drift check skips its plan and touches no"
          + " issue. A deployed stage also gets the outputs artifact-commit,"
          + " telegram-secrets-version, artifact-version and artifact-sha256, the values its"
          + " drift plan must use.",
      "Environment: GITHUB_OUTPUT, GITHUB_STEP_SUMMARY (both optional)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the answer was written (deployed or not)",
      "2:invalid input (unknown stack, missing or invalid outputs JSON)",
      "3:the stage is deployed but its outputs lack a valid artifact_commit",
      "4:internal error"
    })
public final class DeployedCommand extends CiCommand {
  @Option(
      names = "--stack",
      required = true,
      paramLabel = "<name>",
      description = "Stack name: kite-build, kite-dev or kite-prod.")
  String stack;

  @Option(
      names = "--outputs-json",
      required = true,
      paramLabel = "<file>",
      description = "Output of `terraform output -json` in the stack's folder.")
  Path outputsJson;

  public DeployedCommand() {
    this(CiEnvironment.system());
  }

  public DeployedCommand(CiEnvironment environment) {
    super(environment);
  }

  @Override
  protected int run(PrintWriter out, PrintWriter err) {
    Stack target = Stack.byName(stack);
    DeployedStack deployed = DeployedStack.read(target, outputsJson);
    Map<String, String> outputs = new LinkedHashMap<>();
    outputs.put("deployed", Boolean.toString(deployed.isDeployed()));
    deployed
        .stage()
        .ifPresent(
            stage -> {
              outputs.put("artifact-commit", stage.artifactCommit());
              outputs.put("telegram-secrets-version", stage.telegramSecretsVersion());
              // the pinned package (absent on a stage applied before packages were pinned)
              if (!stage.artifactVersion().isEmpty()) {
                outputs.put("artifact-version", stage.artifactVersion());
              }
              if (!stage.artifactSha256().isEmpty()) {
                outputs.put("artifact-sha256", stage.artifactSha256());
              }
            });
    environment.githubOutput().ifPresent(o -> o.write(outputs));
    if (!deployed.isDeployed()) {
      environment
          .stepSummary()
          .ifPresent(
              s ->
                  s.append(
                      "## Stack `"
                          + target.stackName()
                          + "` is not deployed\n\n"
                          + "Its Terraform state has no outputs (never applied, or destroyed):"
                          + " there is nothing to drift; no plan was made and no issue changed.\n"));
      out.println("– Stack " + target.stackName() + " is not deployed; drift not checked");
      return ExitCode.OK;
    }
    out.println(
        "✔ Stack "
            + target.stackName()
            + " is deployed"
            + deployed.stage().map(s -> " (commit " + s.artifactCommit() + ")").orElse(""));
    return ExitCode.OK;
  }
}
