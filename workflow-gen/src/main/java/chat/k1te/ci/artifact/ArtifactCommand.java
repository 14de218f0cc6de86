package chat.k1te.ci.artifact;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code kite-ci artifact}: the group of verbs on the Lambda packages in the artifacts bucket. */
@Command(
    name = "artifact",
    mixinStandardHelpOptions = true,
    description = "Manages the Lambda packages in the artifacts bucket.",
    subcommands = {ArtifactUploadCommand.class})
public final class ArtifactCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing subcommand: upload");
  }
}
