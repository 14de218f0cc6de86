package chat.k1te.ci.artifacts;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code kite-ci artifact}: the verbs on the Lambda packages in the artifacts bucket. */
@Command(
    name = "artifact",
    mixinStandardHelpOptions = true,
    description =
        "Resolves the Lambda package main built for a commit (pinned by its build record), or"
            + " uploads one built elsewhere.",
    subcommands = {ArtifactResolveCommand.class, ArtifactUploadCommand.class})
public final class ArtifactCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing subcommand: resolve or upload");
  }
}
