package chat.k1te.infra.constructs;

import com.hashicorp.cdktf.providers.aws.cloudwatch_log_group.CloudwatchLogGroup;
import com.hashicorp.cdktf.providers.aws.cloudwatch_log_group.CloudwatchLogGroupConfig;
import software.constructs.Construct;

/** Every log group of ours has a retention: nothing is kept forever by accident. */
public final class LogGroup {
  private LogGroup() {}

  public static CloudwatchLogGroup create(
      Construct scope, String id, String name, int retentionDays) {
    return new CloudwatchLogGroup(
        scope,
        id,
        CloudwatchLogGroupConfig.builder().name(name).retentionInDays(retentionDays).build());
  }
}
