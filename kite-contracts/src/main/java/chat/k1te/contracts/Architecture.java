package chat.k1te.contracts;

/**
 * The CPU architecture a stage's Lambda functions run on. Independent of how the code is packaged:
 * every packaging exists for both, and a native build runs on a CodeBuild container of the same
 * architecture (native-image compiles for the machine it runs on).
 */
public enum Architecture {
  ARM64("arm64", "ARM_CONTAINER", "lambda"),
  X86_64("x86_64", "LINUX_CONTAINER", "lambda/x86_64");

  private final String id;
  private final String codeBuildEnvironmentType;
  private final String artifactPrefix;

  Architecture(String id, String codeBuildEnvironmentType, String artifactPrefix) {
    this.id = id;
    this.codeBuildEnvironmentType = codeBuildEnvironmentType;
    this.artifactPrefix = artifactPrefix;
  }

  /** The name Lambda and the inputs use: {@code arm64}, {@code x86_64}. */
  public String id() {
    return id;
  }

  /** The CodeBuild environment type of this architecture's native build. */
  public String codeBuildEnvironmentType() {
    return codeBuildEnvironmentType;
  }

  /**
   * The folder (CodeBuild artifacts path) under which this architecture's packages of a commit
   * live; arm64, the default, keeps the original {@code lambda/<sha>/…} keys.
   */
  public String artifactPrefix() {
    return artifactPrefix;
  }

  public static Architecture byId(String id) {
    return Choices.byName(values(), Architecture::id, id);
  }
}
