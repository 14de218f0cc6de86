package chat.k1te.ci.artifacts;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code kite-ci artifact}: the verbs around the Lambda packages a build recorded. */
@Command(
    name = "artifact",
    mixinStandardHelpOptions = true,
    description =
        "Resolves the Lambda package main built for a commit, pinned by its build record.",
    subcommands = {ArtifactResolveCommand.class})
public final class ArtifactCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing subcommand: resolve");
  }
}
