package chat.k1te.workflows.cli;

import chat.k1te.ci.ExitCode;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The one entry point of workflow-gen: the generator verbs and the CI commands the generated
 * actions run. {@code mvn -pl workflow-gen -am compile exec:java} runs it with no arguments ({@code
 * generate}).
 */
@Command(
    name = "kite-ci",
    mixinStandardHelpOptions = true,
    description = "Kite chat CI/CD: generates .github/ and runs the pipeline's commands.",
    subcommands = {
      CommandLine.HelpCommand.class,
      chat.k1te.ci.artifact.ArtifactCommand.class,
      chat.k1te.ci.codebuild.CodeBuildCommand.class,
      chat.k1te.ci.drift.DriftCommand.class,
      chat.k1te.ci.pins.PinsCommand.class,
      chat.k1te.ci.smoke.SmokeCommand.class,
      GenerateCommand.class,
      CheckCommand.class,
      DiagramCommand.class
    })
public final class KiteCi implements Callable<Integer> {
  @Spec CommandSpec spec;

  /**
   * No verb: {@code generate}, so {@code mvn -pl workflow-gen -am compile exec:java} regenerates
   * .github/.
   */
  @Override
  public Integer call() {
    return spec.commandLine().getSubcommands().get("generate").execute();
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line; tests call {@code execute} on it with captured writers. */
  public static CommandLine commandLine() {
    return commandLine(CommandLine.defaultFactory());
  }

  /** The same command line with a factory; CI-command tests inject their environment this way. */
  public static CommandLine commandLine(CommandLine.IFactory factory) {
    CommandLine commandLine = new CommandLine(new KiteCi(), factory);
    commandLine.setExecutionExceptionHandler(KiteCi::handle);
    return commandLine;
  }

  /** Expected failures print one line and map to a named exit code; no stack traces. */
  private static int handle(Exception e, CommandLine commandLine, CommandLine.ParseResult parsed) {
    commandLine.getErr().println("✘ " + ExitCode.message(e));
    commandLine.getErr().flush();
    return ExitCode.of(e);
  }
}
