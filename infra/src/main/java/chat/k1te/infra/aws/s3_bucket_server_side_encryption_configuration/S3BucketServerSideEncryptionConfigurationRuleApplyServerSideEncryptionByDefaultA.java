// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.s3_bucket_server_side_encryption_configuration;

import chat.k1te.infra.aws.TerraformStruct;
import chat.k1te.infra.aws.TerraformValues;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** {@code S3BucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefaultA}. */
public final class S3BucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefaultA implements TerraformStruct {
  private final String kmsMasterKeyId;
  private final String sseAlgorithm;

  private S3BucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefaultA(Builder builder) {
    this.kmsMasterKeyId = builder.kmsMasterKeyId;
    this.sseAlgorithm = Objects.requireNonNull(builder.sseAlgorithm, "sseAlgorithm");
  }

  public static Builder builder() {
    return new Builder();
  }

  /** {@code kms_master_key_id}. */
  public String getKmsMasterKeyId() {
    return kmsMasterKeyId;
  }

  /** {@code sse_algorithm}. */
  public String getSseAlgorithm() {
    return sseAlgorithm;
  }

  /** The values by Terraform name, in the provider's order; null when unset. */
  Map<String, Object> values() {
    Map<String, Object> byName = new LinkedHashMap<>();
    byName.put("kms_master_key_id", this.kmsMasterKeyId);
    byName.put("sse_algorithm", this.sseAlgorithm);
    return byName;
  }

  @Override
  public Map<String, Object> toTerraform() {
    return TerraformValues.object(values());
  }

  public static final class Builder {
    private String kmsMasterKeyId;
    private String sseAlgorithm;

    private Builder() {}

    public Builder kmsMasterKeyId(String kmsMasterKeyId) {
      this.kmsMasterKeyId = kmsMasterKeyId;
      return this;
    }

    public Builder sseAlgorithm(String sseAlgorithm) {
      this.sseAlgorithm = sseAlgorithm;
      return this;
    }

    public S3BucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefaultA build() {
      return new S3BucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefaultA(this);
    }
  }
}
