package chat.k1te.ci.codebuild;

import java.util.Optional;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.codebuild.model.Build;
import software.amazon.awssdk.services.codebuild.model.BuildPhase;
import software.amazon.awssdk.services.codebuild.model.PhaseContext;
import software.amazon.awssdk.services.codebuild.model.StatusType;

/** The one-line verdict on a finished build. */
record BuildOutcome(boolean succeeded, String line) {

  static BuildOutcome of(Build build) {
    StatusType status = build.buildStatus();
    String id = build.id();
    if (status == StatusType.SUCCEEDED) {
      return new BuildOutcome(true, "Build " + id + " SUCCEEDED");
    }
    Optional<BuildPhase> failed =
        build.phases().stream()
            .filter(p -> p.phaseStatus() != null && p.phaseStatus() != StatusType.SUCCEEDED)
            .findFirst();
    String where =
        failed
            .map(
                p ->
                    " in phase "
                        + p.phaseTypeAsString()
                        + contextOf(p).map(c -> ": " + c).orElse(""))
            .orElse("");
    String line =
        switch (status == null ? StatusType.UNKNOWN_TO_SDK_VERSION : status) {
          case FAILED -> "Build " + id + " FAILED" + where;
          case FAULT -> "Build " + id + " FAULT (a CodeBuild-side error)" + where;
          case TIMED_OUT ->
              "Build "
                  + id
                  + " TIMED_OUT after "
                  + build.timeoutInMinutes()
                  + " minutes (CodeBuild timeout)"
                  + where;
          case STOPPED -> "Build " + id + " was STOPPED" + where;
          default -> "Build " + id + " ended with status " + build.buildStatusAsString() + where;
        };
    return new BuildOutcome(false, line);
  }

  /** "CODE: message" of a phase's contexts, when CodeBuild gave any. */
  static Optional<String> contextOf(BuildPhase phase) {
    String text =
        phase.contexts().stream()
            .map(BuildOutcome::describe)
            .filter(s -> !s.isBlank())
            .collect(Collectors.joining("; "));
    return text.isBlank() ? Optional.empty() : Optional.of(text);
  }

  private static String describe(PhaseContext context) {
    String code = context.statusCode() == null ? "" : context.statusCode();
    String message = context.message() == null ? "" : context.message().strip();
    if (code.isEmpty() || message.isEmpty()) {
      return code + message;
    }
    return code + ": " + message;
  }
}
