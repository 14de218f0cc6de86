// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.s3_bucket_server_side_encryption_configuration;

import chat.k1te.infra.aws.TerraformStruct;
import chat.k1te.infra.aws.TerraformValues;
import com.hashicorp.cdktf.IResolvable;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code S3BucketServerSideEncryptionConfigurationRuleA}. */
public final class S3BucketServerSideEncryptionConfigurationRuleA implements TerraformStruct {
  private final Object bucketKeyEnabled;
  private final S3BucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefaultA applyServerSideEncryptionByDefault;

  private S3BucketServerSideEncryptionConfigurationRuleA(Builder builder) {
    this.bucketKeyEnabled = builder.bucketKeyEnabled;
    this.applyServerSideEncryptionByDefault = builder.applyServerSideEncryptionByDefault;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** {@code bucket_key_enabled}. */
  public Object getBucketKeyEnabled() {
    return bucketKeyEnabled;
  }

  /** {@code apply_server_side_encryption_by_default}. */
  public S3BucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefaultA getApplyServerSideEncryptionByDefault() {
    return applyServerSideEncryptionByDefault;
  }

  /** The values by Terraform name, in the provider's order; null when unset. */
  Map<String, Object> values() {
    Map<String, Object> byName = new LinkedHashMap<>();
    byName.put("bucket_key_enabled", this.bucketKeyEnabled);
    byName.put("apply_server_side_encryption_by_default", this.applyServerSideEncryptionByDefault);
    return byName;
  }

  @Override
  public Map<String, Object> toTerraform() {
    return TerraformValues.object(values());
  }

  public static final class Builder {
    private Object bucketKeyEnabled;
    private S3BucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefaultA applyServerSideEncryptionByDefault;

    private Builder() {}

    public Builder bucketKeyEnabled(Boolean bucketKeyEnabled) {
      this.bucketKeyEnabled = bucketKeyEnabled;
      return this;
    }

    public Builder bucketKeyEnabled(IResolvable bucketKeyEnabled) {
      this.bucketKeyEnabled = bucketKeyEnabled;
      return this;
    }

    public Builder applyServerSideEncryptionByDefault(S3BucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefaultA applyServerSideEncryptionByDefault) {
      this.applyServerSideEncryptionByDefault = applyServerSideEncryptionByDefault;
      return this;
    }

    public S3BucketServerSideEncryptionConfigurationRuleA build() {
      return new S3BucketServerSideEncryptionConfigurationRuleA(this);
    }
  }
}
