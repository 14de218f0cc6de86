// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.s3_bucket_versioning;

import chat.k1te.infra.aws.TerraformStruct;
import chat.k1te.infra.aws.TerraformValues;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** {@code S3BucketVersioningVersioningConfiguration}. */
public final class S3BucketVersioningVersioningConfiguration implements TerraformStruct {
  private final String mfaDelete;
  private final String status;

  private S3BucketVersioningVersioningConfiguration(Builder builder) {
    this.mfaDelete = builder.mfaDelete;
    this.status = Objects.requireNonNull(builder.status, "status");
  }

  public static Builder builder() {
    return new Builder();
  }

  /** {@code mfa_delete}. */
  public String getMfaDelete() {
    return mfaDelete;
  }

  /** {@code status}. */
  public String getStatus() {
    return status;
  }

  /** The values by Terraform name, in the provider's order; null when unset. */
  Map<String, Object> values() {
    Map<String, Object> byName = new LinkedHashMap<>();
    byName.put("mfa_delete", this.mfaDelete);
    byName.put("status", this.status);
    return byName;
  }

  @Override
  public Map<String, Object> toTerraform() {
    return TerraformValues.object(values());
  }

  public static final class Builder {
    private String mfaDelete;
    private String status;

    private Builder() {}

    public Builder mfaDelete(String mfaDelete) {
      this.mfaDelete = mfaDelete;
      return this;
    }

    public Builder status(String status) {
      this.status = status;
      return this;
    }

    public S3BucketVersioningVersioningConfiguration build() {
      return new S3BucketVersioningVersioningConfiguration(this);
    }
  }
}
