package chat.k1te.ci.drift;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code kite-ci drift}: the group of drift verbs. */
@Command(
    name = "drift",
    mixinStandardHelpOptions = true,
    description = "Reports Terraform drift of a stack and keeps its GitHub issue up to date.",
    subcommands = {DriftReportCommand.class, DeployedCommand.class})
public final class DriftCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing subcommand: report or deployed");
  }
}
