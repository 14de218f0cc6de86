package chat.k1te.ci.codebuild;

import java.io.PrintWriter;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.GetLogEventsRequest;
import software.amazon.awssdk.services.cloudwatchlogs.model.GetLogEventsResponse;
import software.amazon.awssdk.services.cloudwatchlogs.model.OutputLogEvent;
import software.amazon.awssdk.services.cloudwatchlogs.model.ResourceNotFoundException;
import software.amazon.awssdk.services.codebuild.model.LogsLocation;

/**
 * Follows one CloudWatch log stream from its head with {@code nextForwardToken}. The token moves
 * only after a response was printed completely, so a failed call (throttling, 5xx) is simply
 * repeated from the same position: no gap, no duplicate.
 */
final class LogFollower {
  private final CloudWatchLogsClient logs;
  private final PrintWriter out;
  private String group;
  private String stream;
  private String token;

  LogFollower(CloudWatchLogsClient logs, PrintWriter out) {
    this.logs = logs;
    this.out = out;
  }

  /** Learns the stream from the build once CodeBuild has created it; true the first time. */
  boolean attach(LogsLocation location) {
    if (stream != null
        || location == null
        || location.groupName() == null
        || location.streamName() == null) {
      return false;
    }
    group = location.groupName();
    stream = location.streamName();
    return true;
  }

  /** Prints every event available now; throws the SDK exception of a failed call unchanged. */
  void drain() {
    if (stream == null) {
      return;
    }
    while (true) {
      GetLogEventsResponse response;
      try {
        response =
            logs.getLogEvents(
                GetLogEventsRequest.builder()
                    .logGroupName(group)
                    .logStreamName(stream)
                    .startFromHead(true)
                    .nextToken(token)
                    .build());
      } catch (ResourceNotFoundException notYetCreated) {
        return;
      }
      for (OutputLogEvent event : response.events()) {
        out.println(stripLineEnd(event.message()));
      }
      out.flush();
      // an empty page is not the end: the stream ends where the same token comes back
      String next = response.nextForwardToken();
      boolean caughtUp = next == null || next.equals(token);
      if (next != null) {
        token = next;
      }
      if (caughtUp) {
        return;
      }
    }
  }

  private static String stripLineEnd(String message) {
    int end = message.length();
    while (end > 0 && (message.charAt(end - 1) == '\n' || message.charAt(end - 1) == '\r')) {
      end--;
    }
    return message.substring(0, end);
  }
}
