// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.codebuild_project;

import chat.k1te.infra.aws.TerraformStruct;
import chat.k1te.infra.aws.TerraformValues;
import com.hashicorp.cdktf.IResolvable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** {@code CodebuildProjectSource}. */
public final class CodebuildProjectSource implements TerraformStruct {
  private final String buildspec;
  private final Number gitCloneDepth;
  private final Object insecureSsl;
  private final String location;
  private final Object reportBuildStatus;
  private final String type;

  private CodebuildProjectSource(Builder builder) {
    this.buildspec = builder.buildspec;
    this.gitCloneDepth = builder.gitCloneDepth;
    this.insecureSsl = builder.insecureSsl;
    this.location = builder.location;
    this.reportBuildStatus = builder.reportBuildStatus;
    this.type = Objects.requireNonNull(builder.type, "type");
  }

  public static Builder builder() {
    return new Builder();
  }

  /** {@code buildspec}. */
  public String getBuildspec() {
    return buildspec;
  }

  /** {@code git_clone_depth}. */
  public Number getGitCloneDepth() {
    return gitCloneDepth;
  }

  /** {@code insecure_ssl}. */
  public Object getInsecureSsl() {
    return insecureSsl;
  }

  /** {@code location}. */
  public String getLocation() {
    return location;
  }

  /** {@code report_build_status}. */
  public Object getReportBuildStatus() {
    return reportBuildStatus;
  }

  /** {@code type}. */
  public String getType() {
    return type;
  }

  /** The values by Terraform name, in the provider's order; null when unset. */
  Map<String, Object> values() {
    Map<String, Object> byName = new LinkedHashMap<>();
    byName.put("buildspec", this.buildspec);
    byName.put("git_clone_depth", this.gitCloneDepth);
    byName.put("insecure_ssl", this.insecureSsl);
    byName.put("location", this.location);
    byName.put("report_build_status", this.reportBuildStatus);
    byName.put("type", this.type);
    return byName;
  }

  @Override
  public Map<String, Object> toTerraform() {
    return TerraformValues.object(values());
  }

  public static final class Builder {
    private String buildspec;
    private Number gitCloneDepth;
    private Object insecureSsl;
    private String location;
    private Object reportBuildStatus;
    private String type;

    private Builder() {}

    public Builder buildspec(String buildspec) {
      this.buildspec = buildspec;
      return this;
    }

    public Builder gitCloneDepth(Number gitCloneDepth) {
      this.gitCloneDepth = gitCloneDepth;
      return this;
    }

    public Builder insecureSsl(Boolean insecureSsl) {
      this.insecureSsl = insecureSsl;
      return this;
    }

    public Builder insecureSsl(IResolvable insecureSsl) {
      this.insecureSsl = insecureSsl;
      return this;
    }

    public Builder location(String location) {
      this.location = location;
      return this;
    }

    public Builder reportBuildStatus(Boolean reportBuildStatus) {
      this.reportBuildStatus = reportBuildStatus;
      return this;
    }

    public Builder reportBuildStatus(IResolvable reportBuildStatus) {
      this.reportBuildStatus = reportBuildStatus;
      return this;
    }

    public Builder type(String type) {
      this.type = type;
      return this;
    }

    public CodebuildProjectSource build() {
      return new CodebuildProjectSource(this);
    }
  }
}
