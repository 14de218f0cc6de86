// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.codebuild_project;

import chat.k1te.infra.aws.TerraformStruct;
import chat.k1te.infra.aws.TerraformValues;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code CodebuildProjectLogsConfig}. */
public final class CodebuildProjectLogsConfig implements TerraformStruct {
  private final CodebuildProjectLogsConfigCloudwatchLogs cloudwatchLogs;
  private final CodebuildProjectLogsConfigS3Logs s3Logs;

  private CodebuildProjectLogsConfig(Builder builder) {
    this.cloudwatchLogs = builder.cloudwatchLogs;
    this.s3Logs = builder.s3Logs;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** {@code cloudwatch_logs}. */
  public CodebuildProjectLogsConfigCloudwatchLogs getCloudwatchLogs() {
    return cloudwatchLogs;
  }

  /** {@code s3_logs}. */
  public CodebuildProjectLogsConfigS3Logs getS3Logs() {
    return s3Logs;
  }

  /** The values by Terraform name, in the provider's order; null when unset. */
  Map<String, Object> values() {
    Map<String, Object> byName = new LinkedHashMap<>();
    byName.put("cloudwatch_logs", this.cloudwatchLogs);
    byName.put("s3_logs", this.s3Logs);
    return byName;
  }

  @Override
  public Map<String, Object> toTerraform() {
    return TerraformValues.object(values());
  }

  public static final class Builder {
    private CodebuildProjectLogsConfigCloudwatchLogs cloudwatchLogs;
    private CodebuildProjectLogsConfigS3Logs s3Logs;

    private Builder() {}

    public Builder cloudwatchLogs(CodebuildProjectLogsConfigCloudwatchLogs cloudwatchLogs) {
      this.cloudwatchLogs = cloudwatchLogs;
      return this;
    }

    public Builder s3Logs(CodebuildProjectLogsConfigS3Logs s3Logs) {
      this.s3Logs = s3Logs;
      return this;
    }

    public CodebuildProjectLogsConfig build() {
      return new CodebuildProjectLogsConfig(this);
    }
  }
}
