package chat.k1te.ci.codebuild;

import java.io.PrintWriter;
import java.util.HashSet;
import java.util.Set;
import software.amazon.awssdk.services.codebuild.model.Build;
import software.amazon.awssdk.services.codebuild.model.BuildPhase;

/** Prints each phase once when it starts and once when it ends, with its status and duration. */
final class PhaseReporter {
  private final PrintWriter out;
  private final Set<String> started = new HashSet<>();
  private final Set<String> ended = new HashSet<>();

  PhaseReporter(PrintWriter out) {
    this.out = out;
  }

  void report(Build build) {
    for (BuildPhase phase : build.phases()) {
      String name = phase.phaseTypeAsString();
      if (started.add(name)) {
        out.println("▶ phase " + name);
      }
      if (phase.phaseStatus() != null && ended.add(name)) {
        out.println(
            "  phase "
                + name
                + " "
                + phase.phaseStatusAsString()
                + (phase.durationInSeconds() == null
                    ? ""
                    : " in " + phase.durationInSeconds() + "s")
                + BuildOutcome.contextOf(phase).map(c -> ": " + c).orElse(""));
      }
    }
    out.flush();
  }
}
