package chat.k1te.ci.artifacts;

import chat.k1te.ci.CiEnvironment;
import chat.k1te.ci.CiException;
import chat.k1te.contracts.Architecture;
import chat.k1te.contracts.Artifacts;
import chat.k1te.contracts.GithubNames;
import chat.k1te.contracts.PackageFile;
import picocli.CommandLine.Option;

/**
 * Which package of a commit, and where: {@code --packaging}, {@code --architecture} and {@code
 * --bucket}, shared by {@code artifact resolve} and {@code artifact upload} so both name the same
 * key.
 */
public final class PackageOptions {
  @Option(
      names = "--packaging",
      paramLabel = "native|jvm|jvm-aot",
      description = "Which package of the commit; picks the key's file name (default: native).")
  String packaging = PackageFile.NATIVE.packaging();

  @Option(
      names = "--architecture",
      paramLabel = "arm64|x86_64",
      description = "The CPU the package is built for; picks the key's prefix (default: arm64).")
  String architecture = Architecture.ARM64.id();

  @Option(
      names = "--bucket",
      paramLabel = "<bucket>",
      description = "Artifacts bucket (default: $" + GithubNames.VAR_ARTIFACTS_BUCKET + ").")
  String bucket;

  /** The package's key, or invalid input (exit 2) naming the option and its choices. */
  String functionKey(String commit) {
    Artifacts.requireSha(commit);
    PackageFile file;
    Architecture cpu;
    try {
      file = PackageFile.byPackaging(packaging.isBlank() ? "native" : packaging);
    } catch (IllegalArgumentException e) {
      throw CiException.invalidInput(
          "--packaging must be native, jvm or jvm-aot, got '" + packaging + "'");
    }
    try {
      cpu = Architecture.byId(architecture.isBlank() ? Architecture.ARM64.id() : architecture);
    } catch (IllegalArgumentException e) {
      throw CiException.invalidInput(
          "--architecture must be arm64 or x86_64, got '" + architecture + "'");
    }
    return Artifacts.functionKey(commit, cpu, file);
  }

  /** The bucket, or invalid input naming both ways to set it. */
  String bucket(CiEnvironment environment) {
    String name =
        bucket != null ? bucket : environment.get(GithubNames.VAR_ARTIFACTS_BUCKET).orElse(null);
    if (name == null || name.isBlank()) {
      throw CiException.invalidInput(
          "No bucket: pass --bucket or set " + GithubNames.VAR_ARTIFACTS_BUCKET);
    }
    return name;
  }
}
