package chat.k1te.workflows.cli;

import chat.k1te.ci.ExitCode;
import chat.k1te.workflows.generate.Generator;
import chat.k1te.workflows.generate.GithubDirectory;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code check}: fails when {@code .github/} differs from a fresh generation. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description =
        "Compares .github/ with a fresh generation and lists missing, stale and extra files.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:.github/ is what the generator writes",
      "1:files differ (regenerate with mvn -pl workflow-gen -am compile exec:java)",
      "2:invalid input (e.g. no repository root)"
    })
public final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin RootOption rootOption;

  @Override
  public Integer call() {
    Path repository = rootOption.repository();
    List<String> differences = new GithubDirectory(repository).differences(Generator.kite());
    if (differences.isEmpty()) {
      PrintWriter out = spec.commandLine().getOut();
      out.println(".github/ is up to date");
      out.flush();
      return ExitCode.OK;
    }
    PrintWriter err = spec.commandLine().getErr();
    err.println(".github/ is not what workflow-gen generates:");
    differences.forEach(d -> err.println("  " + d));
    err.println("Regenerate with: mvn -pl workflow-gen -am compile exec:java");
    err.flush();
    return ExitCode.FAILURE;
  }
}
