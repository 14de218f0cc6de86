package chat.k1te.ci.codebuild;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.codebuild.model.EnvironmentVariable;

/** Everything {@code codebuild run} was asked to do, validated by the command. */
public record BuildRequest(
    String project,
    String bucket,
    String commit,
    SourceMode source,
    Path sourceDir,
    Optional<String> buildspec,
    List<EnvironmentVariable> environment,
    Optional<String> computeType,
    Duration timeout,
    Duration pollInterval,
    boolean skipIfExists,
    boolean hideLogs) {

  /** Where CodeBuild takes the source from. */
  public enum SourceMode {
    /** {@code git archive} uploaded to {@code source/<sha>.zip}; no GitHub token in AWS. */
    S3,
    /** The project's own GitHub source at the commit. */
    GITHUB
  }

  public BuildRequest {
    environment = List.copyOf(environment);
  }

  /** CodeBuild's own timeout: our overall timeout, rounded up, within its 5..2160 minutes. */
  public int codeBuildTimeoutMinutes() {
    long minutes = (timeout.toSeconds() + 59) / 60;
    return (int) Math.max(5, Math.min(2160, minutes));
  }
}
