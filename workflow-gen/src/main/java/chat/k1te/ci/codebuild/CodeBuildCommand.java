package chat.k1te.ci.codebuild;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code kite-ci codebuild}: the group of CodeBuild verbs. */
@Command(
    name = "codebuild",
    mixinStandardHelpOptions = true,
    description = "Runs the arm64 GraalVM native build of the Lambda in AWS CodeBuild.",
    subcommands = {CodeBuildRunCommand.class})
public final class CodeBuildCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing subcommand: run");
  }
}
