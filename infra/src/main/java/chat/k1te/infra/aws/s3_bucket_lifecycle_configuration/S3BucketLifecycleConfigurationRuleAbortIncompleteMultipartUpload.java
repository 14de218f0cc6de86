// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.s3_bucket_lifecycle_configuration;

import chat.k1te.infra.aws.TerraformStruct;
import chat.k1te.infra.aws.TerraformValues;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code S3BucketLifecycleConfigurationRuleAbortIncompleteMultipartUpload}. */
public final class S3BucketLifecycleConfigurationRuleAbortIncompleteMultipartUpload implements TerraformStruct {
  private final Number daysAfterInitiation;

  private S3BucketLifecycleConfigurationRuleAbortIncompleteMultipartUpload(Builder builder) {
    this.daysAfterInitiation = builder.daysAfterInitiation;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** {@code days_after_initiation}. */
  public Number getDaysAfterInitiation() {
    return daysAfterInitiation;
  }

  /** The values by Terraform name, in the provider's order; null when unset. */
  Map<String, Object> values() {
    Map<String, Object> byName = new LinkedHashMap<>();
    byName.put("days_after_initiation", this.daysAfterInitiation);
    return byName;
  }

  @Override
  public Map<String, Object> toTerraform() {
    return TerraformValues.object(values());
  }

  public static final class Builder {
    private Number daysAfterInitiation;

    private Builder() {}

    public Builder daysAfterInitiation(Number daysAfterInitiation) {
      this.daysAfterInitiation = daysAfterInitiation;
      return this;
    }

    public S3BucketLifecycleConfigurationRuleAbortIncompleteMultipartUpload build() {
      return new S3BucketLifecycleConfigurationRuleAbortIncompleteMultipartUpload(this);
    }
  }
}
