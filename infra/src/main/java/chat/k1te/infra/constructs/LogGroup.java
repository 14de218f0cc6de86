package chat.k1te.infra.constructs;

import chat.k1te.infra.aws.cloudwatch_log_group.CloudwatchLogGroup;
import chat.k1te.infra.aws.cloudwatch_log_group.CloudwatchLogGroupConfig;
import java.util.List;
import software.constructs.Construct;

/** Every log group of ours has a retention: nothing is kept forever by accident. */
public final class LogGroup {
  /** The only retention periods CloudWatch Logs accepts (any other fails at apply, not synth). */
  public static final List<Integer> RETENTION_DAYS =
      List.of(
          1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557,
          2922, 3288, 3653);

  private LogGroup() {}

  public static CloudwatchLogGroup create(
      Construct scope, String id, String name, int retentionDays) {
    requireRetention(retentionDays, "log group " + name);
    return new CloudwatchLogGroup(
        scope,
        id,
        CloudwatchLogGroupConfig.builder().name(name).retentionInDays(retentionDays).build());
  }

  /**
   * @param owner what the retention is for, named in the error
   * @return {@code days} when CloudWatch accepts it
   */
  public static int requireRetention(int days, String owner) {
    if (!RETENTION_DAYS.contains(days)) {
      throw new IllegalArgumentException(
          "log retention of "
              + owner
              + " must be one of CloudWatch's periods "
              + RETENTION_DAYS
              + " (days), got "
              + days);
    }
    return days;
  }
}
