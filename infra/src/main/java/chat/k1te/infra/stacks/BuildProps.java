package chat.k1te.infra.stacks;

import chat.k1te.contracts.Architecture;
import chat.k1te.contracts.Installation;
import chat.k1te.infra.config.Defaults;
import chat.k1te.infra.config.InfraInputs;
import chat.k1te.infra.constructs.LogGroup;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The {@code kite-build} stack: CI resources shared by every stage.
 *
 * @param repository the GitHub repository ({@code owner/name}) the OIDC roles trust
 * @param builderImage the CodeBuild image of the native build, pinned
 * @param computeType CodeBuild compute type of the native build
 * @param buildTimeoutMinutes hard limit of one native build
 * @param logRetentionDays retention of the build logs
 * @param sourceExpiryDays lifetime of uploaded source archives
 * @param lambdaExpiryDays lifetime of Lambda packages (older commits cannot be redeployed)
 * @param nativeArchitectures one native build project each; arm64 first, always
 * @param existingOidcProvider look GitHub's OIDC provider up instead of creating it
 * @param installation names every account-unique resource
 */
public record BuildProps(
    String repository,
    String builderImage,
    String computeType,
    int buildTimeoutMinutes,
    int logRetentionDays,
    int sourceExpiryDays,
    int lambdaExpiryDays,
    List<Architecture> nativeArchitectures,
    boolean existingOidcProvider,
    Installation installation) {

  public BuildProps {
    nativeArchitectures = List.copyOf(nativeArchitectures);
    if (nativeArchitectures.isEmpty()
        || nativeArchitectures.get(0) != Architecture.ARM64
        || nativeArchitectures.stream().distinct().count() != nativeArchitectures.size()) {
      throw new IllegalArgumentException(
          "native architectures must start with arm64 (the pipeline's build) and not repeat: "
              + nativeArchitectures);
    }
    Objects.requireNonNull(repository, "repository");
    Objects.requireNonNull(installation, "installation");
    Objects.requireNonNull(builderImage, "builderImage");
    Objects.requireNonNull(computeType, "computeType");
    if (!builderImage.matches("[^:@\\s]+(:[A-Za-z0-9._-]+|@sha256:[0-9a-f]{64})")
        || builderImage.endsWith(":latest")) {
      throw new IllegalArgumentException(
          "builder image must be pinned by an exact tag or digest: '" + builderImage + "'");
    }
    if (buildTimeoutMinutes < 5 || buildTimeoutMinutes > 480) {
      throw new IllegalArgumentException("build timeout must be 5..480 minutes");
    }
    LogGroup.requireRetention(logRetentionDays, "the native build");
    if (sourceExpiryDays < 1 || lambdaExpiryDays < 1) {
      throw new IllegalArgumentException("artifact expiry periods must be positive");
    }
  }

  /** Only the arm64 native build, in the default installation. */
  public BuildProps(
      String repository,
      String builderImage,
      String computeType,
      int buildTimeoutMinutes,
      int logRetentionDays,
      int sourceExpiryDays,
      int lambdaExpiryDays) {
    this(
        repository,
        builderImage,
        computeType,
        buildTimeoutMinutes,
        logRetentionDays,
        sourceExpiryDays,
        lambdaExpiryDays,
        List.of(Architecture.ARM64),
        false,
        Installation.DEFAULT);
  }

  /** arm64 always (the pipeline builds it); the stages' architecture too when it differs. */
  public static BuildProps of(InfraInputs inputs) {
    return new BuildProps(
        inputs.repository(),
        Defaults.BUILDER_IMAGE,
        Defaults.BUILD_COMPUTE_TYPE,
        Defaults.BUILD_TIMEOUT_MINUTES,
        Defaults.BUILD_LOG_RETENTION_DAYS,
        Defaults.SOURCE_EXPIRY_DAYS,
        Defaults.LAMBDA_ARTIFACT_EXPIRY_DAYS,
        Stream.of(Architecture.ARM64, inputs.architecture()).distinct().toList(),
        inputs.existingOidcProvider(),
        inputs.installation());
  }
}
