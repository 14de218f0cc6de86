package chat.k1te.ci.codebuild;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import software.amazon.awssdk.regions.Region;

/** AWS console URLs of a build, known the moment it starts. */
final class ConsoleLinks {
  private ConsoleLinks() {}

  /** The build's log page in the CodeBuild console. */
  static String buildLog(Region region, String project, String buildId) {
    return "https://"
        + region.id()
        + ".console.aws.amazon.com/codesuite/codebuild/projects/"
        + encode(project)
        + "/build/"
        + encode(buildId)
        + "/log?region="
        + region.id();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
