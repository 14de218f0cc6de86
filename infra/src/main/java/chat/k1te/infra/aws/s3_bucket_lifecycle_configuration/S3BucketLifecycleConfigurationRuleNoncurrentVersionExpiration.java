// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.s3_bucket_lifecycle_configuration;

import chat.k1te.infra.aws.TerraformStruct;
import chat.k1te.infra.aws.TerraformValues;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code S3BucketLifecycleConfigurationRuleNoncurrentVersionExpiration}. */
public final class S3BucketLifecycleConfigurationRuleNoncurrentVersionExpiration implements TerraformStruct {
  private final String newerNoncurrentVersions;
  private final Number noncurrentDays;

  private S3BucketLifecycleConfigurationRuleNoncurrentVersionExpiration(Builder builder) {
    this.newerNoncurrentVersions = builder.newerNoncurrentVersions;
    this.noncurrentDays = builder.noncurrentDays;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** {@code newer_noncurrent_versions}. */
  public String getNewerNoncurrentVersions() {
    return newerNoncurrentVersions;
  }

  /** {@code noncurrent_days}. */
  public Number getNoncurrentDays() {
    return noncurrentDays;
  }

  /** The values by Terraform name, in the provider's order; null when unset. */
  Map<String, Object> values() {
    Map<String, Object> byName = new LinkedHashMap<>();
    byName.put("newer_noncurrent_versions", this.newerNoncurrentVersions);
    byName.put("noncurrent_days", this.noncurrentDays);
    return byName;
  }

  @Override
  public Map<String, Object> toTerraform() {
    return TerraformValues.object(values());
  }

  public static final class Builder {
    private String newerNoncurrentVersions;
    private Number noncurrentDays;

    private Builder() {}

    public Builder newerNoncurrentVersions(String newerNoncurrentVersions) {
      this.newerNoncurrentVersions = newerNoncurrentVersions;
      return this;
    }

    public Builder noncurrentDays(Number noncurrentDays) {
      this.noncurrentDays = noncurrentDays;
      return this;
    }

    public S3BucketLifecycleConfigurationRuleNoncurrentVersionExpiration build() {
      return new S3BucketLifecycleConfigurationRuleNoncurrentVersionExpiration(this);
    }
  }
}
