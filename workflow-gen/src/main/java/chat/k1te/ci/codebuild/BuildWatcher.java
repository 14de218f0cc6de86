package chat.k1te.ci.codebuild;

import chat.k1te.ci.Backoff;
import chat.k1te.ci.CiException;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.codebuild.CodeBuildClient;
import software.amazon.awssdk.services.codebuild.model.BatchGetBuildsResponse;
import software.amazon.awssdk.services.codebuild.model.Build;

/**
 * Polls a running build until it completes, printing phase transitions and (unless logs are hidden)
 * its log events. Throttling and 5xx stretch the poll delay (doubling, back to the poll interval
 * after a success) and never reset the log position or any setting.
 */
final class BuildWatcher {
  /** Why the watch ended without the build completing. */
  static final class Interrupted extends RuntimeException {
    Interrupted(String reason) {
      super(reason, null, false, false);
    }
  }

  private final CodeBuildClient codeBuild;
  private final LogFollower logs;
  private final PhaseReporter phases;
  private final Cancellation cancellation;
  private final PrintWriter out;
  private final PrintWriter err;
  private final BuildRequest request;
  private final Backoff backoff;
  private Build lastSeen;

  BuildWatcher(
      AwsClients aws,
      Cancellation cancellation,
      PrintWriter out,
      PrintWriter err,
      BuildRequest request) {
    this.codeBuild = aws.codeBuild();
    this.logs = new LogFollower(aws.logs(), out);
    this.phases = new PhaseReporter(out);
    this.cancellation = cancellation;
    this.out = out;
    this.err = err;
    this.request = request;
    this.backoff = Backoff.forPollInterval(request.pollInterval());
  }

  /** Returns the completed build, or throws {@link Interrupted} on cancel or timeout. */
  Build watch(String buildId, Instant deadline) {
    int failuresInARow = 0;
    while (true) {
      if (cancellation.isCancelled()) {
        throw new Interrupted(cancellation.reason().orElse("cancelled"));
      }
      if (Instant.now().isAfter(deadline)) {
        throw new Interrupted("did not finish within " + request.timeout());
      }
      Duration delay = request.pollInterval();
      try {
        Build build = describe(buildId);
        lastSeen = build;
        phases.report(build);
        if (logs.attach(build.logs()) && build.logs().deepLink() != null) {
          out.println("CloudWatch logs: " + build.logs().deepLink());
          out.flush();
        }
        if (!request.hideLogs()) {
          logs.drain();
        }
        failuresInARow = 0;
        if (Boolean.TRUE.equals(build.buildComplete())) {
          drainLateEvents();
          return build;
        }
      } catch (SdkException e) {
        if (!Retryable.is(e)) {
          throw CiException.remoteState(
              "Watching build " + buildId + " failed: " + Retryable.describe(e));
        }
        failuresInARow++;
        delay = backoff.delay(failuresInARow);
        err.println(
            "⚠ "
                + Retryable.describe(e)
                + "; log position kept, next poll in "
                + delay.toMillis()
                + " ms");
        err.flush();
      }
      cancellation.await(delay);
    }
  }

  /** CloudWatch may deliver the last lines after the build completed: one more read. */
  private void drainLateEvents() {
    if (request.hideLogs() || cancellation.await(request.pollInterval())) {
      return;
    }
    try {
      logs.drain();
    } catch (SdkException e) {
      err.println("⚠ last log events not read: " + Retryable.describe(e));
      err.flush();
    }
  }

  /** The build as the last successful poll saw it (phases so far), for the summary. */
  Optional<Build> lastSeen() {
    return Optional.ofNullable(lastSeen);
  }

  private Build describe(String buildId) {
    BatchGetBuildsResponse response = codeBuild.batchGetBuilds(b -> b.ids(buildId));
    if (response.builds().isEmpty()) {
      throw CiException.remoteState("CodeBuild does not know build " + buildId);
    }
    return response.builds().get(0);
  }
}
