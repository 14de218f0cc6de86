// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.s3_bucket_lifecycle_configuration;

import chat.k1te.infra.aws.TerraformStruct;
import chat.k1te.infra.aws.TerraformValues;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code S3BucketLifecycleConfigurationRuleFilter}. */
public final class S3BucketLifecycleConfigurationRuleFilter implements TerraformStruct {
  private final String objectSizeGreaterThan;
  private final String objectSizeLessThan;
  private final String prefix;

  private S3BucketLifecycleConfigurationRuleFilter(Builder builder) {
    this.objectSizeGreaterThan = builder.objectSizeGreaterThan;
    this.objectSizeLessThan = builder.objectSizeLessThan;
    this.prefix = builder.prefix;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** {@code object_size_greater_than}. */
  public String getObjectSizeGreaterThan() {
    return objectSizeGreaterThan;
  }

  /** {@code object_size_less_than}. */
  public String getObjectSizeLessThan() {
    return objectSizeLessThan;
  }

  /** {@code prefix}. */
  public String getPrefix() {
    return prefix;
  }

  /** The values by Terraform name, in the provider's order; null when unset. */
  Map<String, Object> values() {
    Map<String, Object> byName = new LinkedHashMap<>();
    byName.put("object_size_greater_than", this.objectSizeGreaterThan);
    byName.put("object_size_less_than", this.objectSizeLessThan);
    byName.put("prefix", this.prefix);
    return byName;
  }

  @Override
  public Map<String, Object> toTerraform() {
    return TerraformValues.object(values());
  }

  public static final class Builder {
    private String objectSizeGreaterThan;
    private String objectSizeLessThan;
    private String prefix;

    private Builder() {}

    public Builder objectSizeGreaterThan(String objectSizeGreaterThan) {
      this.objectSizeGreaterThan = objectSizeGreaterThan;
      return this;
    }

    public Builder objectSizeLessThan(String objectSizeLessThan) {
      this.objectSizeLessThan = objectSizeLessThan;
      return this;
    }

    public Builder prefix(String prefix) {
      this.prefix = prefix;
      return this;
    }

    public S3BucketLifecycleConfigurationRuleFilter build() {
      return new S3BucketLifecycleConfigurationRuleFilter(this);
    }
  }
}
