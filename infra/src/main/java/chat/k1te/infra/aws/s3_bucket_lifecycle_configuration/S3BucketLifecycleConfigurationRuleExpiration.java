// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.s3_bucket_lifecycle_configuration;

import chat.k1te.infra.aws.TerraformStruct;
import chat.k1te.infra.aws.TerraformValues;
import com.hashicorp.cdktf.IResolvable;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code S3BucketLifecycleConfigurationRuleExpiration}. */
public final class S3BucketLifecycleConfigurationRuleExpiration implements TerraformStruct {
  private final String date;
  private final Number days;
  private final Object expiredObjectDeleteMarker;

  private S3BucketLifecycleConfigurationRuleExpiration(Builder builder) {
    this.date = builder.date;
    this.days = builder.days;
    this.expiredObjectDeleteMarker = builder.expiredObjectDeleteMarker;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** {@code date}. */
  public String getDate() {
    return date;
  }

  /** {@code days}. */
  public Number getDays() {
    return days;
  }

  /** {@code expired_object_delete_marker}. */
  public Object getExpiredObjectDeleteMarker() {
    return expiredObjectDeleteMarker;
  }

  /** The values by Terraform name, in the provider's order; null when unset. */
  Map<String, Object> values() {
    Map<String, Object> byName = new LinkedHashMap<>();
    byName.put("date", this.date);
    byName.put("days", this.days);
    byName.put("expired_object_delete_marker", this.expiredObjectDeleteMarker);
    return byName;
  }

  @Override
  public Map<String, Object> toTerraform() {
    return TerraformValues.object(values());
  }

  public static final class Builder {
    private String date;
    private Number days;
    private Object expiredObjectDeleteMarker;

    private Builder() {}

    public Builder date(String date) {
      this.date = date;
      return this;
    }

    public Builder days(Number days) {
      this.days = days;
      return this;
    }

    public Builder expiredObjectDeleteMarker(Boolean expiredObjectDeleteMarker) {
      this.expiredObjectDeleteMarker = expiredObjectDeleteMarker;
      return this;
    }

    public Builder expiredObjectDeleteMarker(IResolvable expiredObjectDeleteMarker) {
      this.expiredObjectDeleteMarker = expiredObjectDeleteMarker;
      return this;
    }

    public S3BucketLifecycleConfigurationRuleExpiration build() {
      return new S3BucketLifecycleConfigurationRuleExpiration(this);
    }
  }
}
