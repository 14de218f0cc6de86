package chat.k1te.contracts;

import java.util.regex.Pattern;

/** Names of the native build and of the artifacts it leaves in the artifacts bucket. */
public final class Artifacts {
  /**
   * The CodeBuild project that builds the arm64 native Lambda in the default installation ({@link
   * Installation#codeBuildProject} names it in any).
   */
  public static final String CODEBUILD_PROJECT =
      Installation.DEFAULT.codeBuildProject(Architecture.ARM64);

  /** The buildspec of that project, relative to the repository root. */
  public static final String BUILDSPEC = "k1te-serverless/buildspec-native.yml";

  /** Stack output of {@code kite-build} that names the artifacts bucket. */
  public static final String ARTIFACTS_BUCKET_OUTPUT = "artifacts_bucket";

  private static final Pattern COMMIT_SHA = Pattern.compile("[0-9a-f]{40}");

  private Artifacts() {}

  /** The S3 key of the source archive {@code codebuild run} uploads for a commit. */
  public static String sourceKey(String commitSha) {
    return "source/" + requireSha(commitSha) + ".zip";
  }

  /**
   * User metadata ({@code x-amz-meta-sha256}) holding the lower-case hex SHA-256 of a Lambda
   * package, written when the package is uploaded, so a deploy can check what it runs.
   */
  public static final String SHA256_METADATA = "sha256";

  /**
   * The S3 key of a commit's Lambda package for one architecture and packaging: {@code
   * lambda/<sha>/function.zip} for native arm64, {@code lambda/x86_64/<sha>/function-jvm.zip} for
   * the JVM package built on x86_64.
   */
  public static String functionKey(
      String commitSha, Architecture architecture, PackageFile packageFile) {
    return architecture.artifactPrefix()
        + "/"
        + requireSha(commitSha)
        + "/"
        + packageFile.fileName();
  }

  /** The S3 key of the native arm64 Lambda package of a commit. */
  public static String nativeFunctionKey(String commitSha) {
    return functionKey(commitSha, Architecture.ARM64, PackageFile.NATIVE);
  }

  /** The S3 key of the JVM Lambda package of a commit (built on arm64), when one is uploaded. */
  public static String jvmFunctionKey(String commitSha) {
    return functionKey(commitSha, Architecture.ARM64, PackageFile.JVM);
  }

  /**
   * The S3 key of the jvm-aot Lambda package of a commit (a jlinked JDK with an AOT cache, for
   * {@code provided.al2023}; the cache is only valid on the architecture that recorded it).
   */
  public static String jvmAotFunctionKey(String commitSha) {
    return functionKey(commitSha, Architecture.ARM64, PackageFile.JVM_AOT);
  }

  /**
   * The S3 key of a commit's build record: the version id and SHA-256 of each package the build of
   * that commit produced, written once (If-None-Match) by the build role after the build. Deploys
   * pin the recorded version, so a later write to the package's key is never deployed.
   */
  public static String buildRecordKey(String commitSha) {
    return "builds/" + requireSha(commitSha) + ".json";
  }

  /** Checks a full 40-hex lower-case commit SHA. */
  public static String requireSha(String commitSha) {
    if (commitSha == null || !COMMIT_SHA.matcher(commitSha).matches()) {
      throw new IllegalArgumentException(
          "Expected a full 40-character lower-case hex commit SHA, got '" + commitSha + "'");
    }
    return commitSha;
  }
}
