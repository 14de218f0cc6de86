// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.codebuild_project;

import chat.k1te.infra.aws.TerraformStruct;
import chat.k1te.infra.aws.TerraformValues;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code CodebuildProjectLogsConfigCloudwatchLogs}. */
public final class CodebuildProjectLogsConfigCloudwatchLogs implements TerraformStruct {
  private final String groupName;
  private final String status;
  private final String streamName;

  private CodebuildProjectLogsConfigCloudwatchLogs(Builder builder) {
    this.groupName = builder.groupName;
    this.status = builder.status;
    this.streamName = builder.streamName;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** {@code group_name}. */
  public String getGroupName() {
    return groupName;
  }

  /** {@code status}. */
  public String getStatus() {
    return status;
  }

  /** {@code stream_name}. */
  public String getStreamName() {
    return streamName;
  }

  /** The values by Terraform name, in the provider's order; null when unset. */
  Map<String, Object> values() {
    Map<String, Object> byName = new LinkedHashMap<>();
    byName.put("group_name", this.groupName);
    byName.put("status", this.status);
    byName.put("stream_name", this.streamName);
    return byName;
  }

  @Override
  public Map<String, Object> toTerraform() {
    return TerraformValues.object(values());
  }

  public static final class Builder {
    private String groupName;
    private String status;
    private String streamName;

    private Builder() {}

    public Builder groupName(String groupName) {
      this.groupName = groupName;
      return this;
    }

    public Builder status(String status) {
      this.status = status;
      return this;
    }

    public Builder streamName(String streamName) {
      this.streamName = streamName;
      return this;
    }

    public CodebuildProjectLogsConfigCloudwatchLogs build() {
      return new CodebuildProjectLogsConfigCloudwatchLogs(this);
    }
  }
}
