package chat.k1te.ci;

import chat.k1te.ci.artifacts.ArtifactResolveCommand;
import chat.k1te.ci.artifacts.ArtifactUploadCommand;
import chat.k1te.ci.codebuild.Cancellation;
import chat.k1te.ci.codebuild.CodeBuildRunCommand;
import chat.k1te.ci.drift.DeployedCommand;
import chat.k1te.ci.drift.DriftReportCommand;
import chat.k1te.ci.pins.PinsCommand;
import chat.k1te.ci.smoke.SmokeCommand;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/**
 * Creates the CI verbs with an explicit environment (and, for {@code codebuild run}, a cancellation
 * token), so tests run them with their own variables instead of the process's.
 */
public record CiFactory(CiEnvironment environment, Cancellation cancellation) implements IFactory {
  private static final IFactory DEFAULT = CommandLine.defaultFactory();

  @Override
  public <K> K create(Class<K> type) throws Exception {
    if (type == CodeBuildRunCommand.class) {
      return type.cast(new CodeBuildRunCommand(environment, cancellation));
    }
    if (type == ArtifactResolveCommand.class) {
      return type.cast(new ArtifactResolveCommand(environment));
    }
    if (type == DriftReportCommand.class) {
      return type.cast(new DriftReportCommand(environment));
    }
    if (type == ArtifactUploadCommand.class) {
      return type.cast(new ArtifactUploadCommand(environment));
    }
    if (type == DeployedCommand.class) {
      return type.cast(new DeployedCommand(environment));
    }
    if (type == PinsCommand.class) {
      return type.cast(new PinsCommand(environment));
    }
    if (type == SmokeCommand.class) {
      return type.cast(new SmokeCommand(environment));
    }
    return DEFAULT.create(type);
  }
}
