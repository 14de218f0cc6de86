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

/**
 * {@code generate}: writes the pipeline's workflows and composite actions into {@code .github/}.
 */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Writes .github/workflows/*.yml and .github/actions/*/action.yml from the Java pipeline.",
      "Files that are no longer generated are deleted; other files under .github/ are kept.",
      "The default verb: `mvn -pl workflow-gen -am compile exec:java` runs it."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:written (or already up to date)",
      "2:invalid input (e.g. no repository root)"
    })
public final class GenerateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin RootOption rootOption;

  @Override
  public Integer call() {
    Path repository = rootOption.repository();
    List<String> written = new GithubDirectory(repository).write(Generator.kite());
    PrintWriter out = spec.commandLine().getOut();
    if (written.isEmpty()) {
      out.println(".github/ is up to date");
    } else {
      written.forEach(path -> out.println("wrote " + path));
    }
    out.flush();
    return ExitCode.OK;
  }
}
