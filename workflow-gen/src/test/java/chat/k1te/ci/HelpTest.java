package chat.k1te.ci;

import static org.assertj.core.api.Assertions.assertThat;

import chat.k1te.workflows.cli.KiteCi;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

class HelpTest {
  @ParameterizedTest
  @ValueSource(
      strings = {"codebuild run", "drift report", "drift deployed", "artifact upload", "smoke"})
  void helpDocumentsEveryOptionAndTheExitCodes(String verb) {
    CiRun.Result result = CiRun.run(Map.of(), (verb + " --help").split(" "));

    assertThat(result.exitCode()).isZero();
    CommandLine command = KiteCi.commandLine();
    for (String part : verb.split(" ")) {
      command = command.getSubcommands().get(part);
    }
    for (OptionSpec option : command.getCommandSpec().options()) {
      assertThat(result.out()).contains(option.longestName());
      assertThat(option.description()).as(option.longestName()).isNotEmpty();
    }
    assertThat(result.out()).contains("Exit codes:", "  0   ", "  2   ", "  4   ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"codebuild", "drift", "artifact"})
  void groupsWithoutAVerbShowUsage(String group) {
    CiRun.Result result = CiRun.run(Map.of(), group);

    assertThat(result.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(result.err()).contains("Missing subcommand", "Usage: kite-ci " + group);
  }
}
