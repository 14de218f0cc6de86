// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.s3_bucket_ownership_controls;

import chat.k1te.infra.aws.TerraformStruct;
import chat.k1te.infra.aws.TerraformValues;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** {@code S3BucketOwnershipControlsRule}. */
public final class S3BucketOwnershipControlsRule implements TerraformStruct {
  private final String objectOwnership;

  private S3BucketOwnershipControlsRule(Builder builder) {
    this.objectOwnership = Objects.requireNonNull(builder.objectOwnership, "objectOwnership");
  }

  public static Builder builder() {
    return new Builder();
  }

  /** {@code object_ownership}. */
  public String getObjectOwnership() {
    return objectOwnership;
  }

  /** The values by Terraform name, in the provider's order; null when unset. */
  Map<String, Object> values() {
    Map<String, Object> byName = new LinkedHashMap<>();
    byName.put("object_ownership", this.objectOwnership);
    return byName;
  }

  @Override
  public Map<String, Object> toTerraform() {
    return TerraformValues.object(values());
  }

  public static final class Builder {
    private String objectOwnership;

    private Builder() {}

    public Builder objectOwnership(String objectOwnership) {
      this.objectOwnership = objectOwnership;
      return this;
    }

    public S3BucketOwnershipControlsRule build() {
      return new S3BucketOwnershipControlsRule(this);
    }
  }
}
