package chat.k1te.ci.codebuild;

import java.time.Duration;
import software.amazon.awssdk.services.codebuild.model.Build;
import software.amazon.awssdk.services.codebuild.model.BuildPhase;

/** The Markdown the build leaves in {@code $GITHUB_STEP_SUMMARY}. */
final class BuildSummary {
  private BuildSummary() {}

  static String skipped(String artifact) {
    return "### Native build\n\nSkipped: `" + artifact + "` already exists.\n";
  }

  static String of(Build build, String status, String verdict, String artifact, String logUrl) {
    StringBuilder md = new StringBuilder("### Native build\n\n");
    md.append("| | |\n|---|---|\n");
    md.append("| status | **").append(status).append("** |\n");
    md.append("| build | [`").append(build.id()).append("`](").append(logUrl).append(") |\n");
    if (build.startTime() != null && build.endTime() != null) {
      md.append("| duration | ")
          .append(format(Duration.between(build.startTime(), build.endTime())))
          .append(" |\n");
    }
    md.append("| artifact | `").append(artifact).append("` |\n\n");
    if (!build.phases().isEmpty()) {
      md.append("| phase | status | duration |\n|---|---|---|\n");
      for (BuildPhase phase : build.phases()) {
        md.append("| ")
            .append(phase.phaseTypeAsString())
            .append(" | ")
            .append(phase.phaseStatus() == null ? "" : phase.phaseStatusAsString())
            .append(" | ")
            .append(
                phase.durationInSeconds() == null
                    ? ""
                    : format(Duration.ofSeconds(phase.durationInSeconds())))
            .append(" |\n");
      }
      md.append('\n');
    }
    md.append(verdict.replace("|", "\\|")).append('\n');
    return md.toString();
  }

  static String format(Duration duration) {
    long seconds = duration.toSeconds();
    return seconds >= 60 ? seconds / 60 + "m " + seconds % 60 + "s" : seconds + "s";
  }
}
