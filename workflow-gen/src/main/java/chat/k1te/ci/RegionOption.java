package chat.k1te.ci;

import picocli.CommandLine.Option;
import software.amazon.awssdk.regions.Region;

/** {@code --region}, else {@code AWS_REGION}: the one way every AWS verb finds its region. */
public final class RegionOption {
  @Option(
      names = "--region",
      paramLabel = "<region>",
      description = "AWS region (default: $AWS_REGION).")
  String region;

  /** The region, or invalid input (exit 2) naming both ways to set it. */
  public Region resolve(CiEnvironment environment) {
    String id = region != null ? region : environment.get("AWS_REGION").orElse(null);
    if (id == null || id.isBlank()) {
      throw CiException.invalidInput("No AWS region: pass --region or set AWS_REGION");
    }
    return Region.of(id);
  }
}
