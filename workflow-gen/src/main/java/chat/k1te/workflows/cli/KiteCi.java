package chat.k1te.workflows.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The one entry point of workflow-gen: the generator verbs and the CI commands the generated
 * actions run. {@code mvn -pl workflow-gen exec:java} runs it with no arguments ({@code generate}).
 */
@Command(
    name = "kite-ci",
    mixinStandardHelpOptions = true,
    description = "Kite chat CI/CD: generates .github/ and runs the pipeline's commands.",
    subcommands = {CommandLine.HelpCommand.class})
public final class KiteCi {

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line; tests call {@code execute} on it with captured writers. */
  public static CommandLine commandLine() {
    return new CommandLine(new KiteCi());
  }
}
