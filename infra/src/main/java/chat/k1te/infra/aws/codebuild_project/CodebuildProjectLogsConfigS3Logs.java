// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.codebuild_project;

import chat.k1te.infra.aws.TerraformStruct;
import chat.k1te.infra.aws.TerraformValues;
import com.hashicorp.cdktf.IResolvable;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code CodebuildProjectLogsConfigS3Logs}. */
public final class CodebuildProjectLogsConfigS3Logs implements TerraformStruct {
  private final String bucketOwnerAccess;
  private final Object encryptionDisabled;
  private final String location;
  private final String status;

  private CodebuildProjectLogsConfigS3Logs(Builder builder) {
    this.bucketOwnerAccess = builder.bucketOwnerAccess;
    this.encryptionDisabled = builder.encryptionDisabled;
    this.location = builder.location;
    this.status = builder.status;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** {@code bucket_owner_access}. */
  public String getBucketOwnerAccess() {
    return bucketOwnerAccess;
  }

  /** {@code encryption_disabled}. */
  public Object getEncryptionDisabled() {
    return encryptionDisabled;
  }

  /** {@code location}. */
  public String getLocation() {
    return location;
  }

  /** {@code status}. */
  public String getStatus() {
    return status;
  }

  /** The values by Terraform name, in the provider's order; null when unset. */
  Map<String, Object> values() {
    Map<String, Object> byName = new LinkedHashMap<>();
    byName.put("bucket_owner_access", this.bucketOwnerAccess);
    byName.put("encryption_disabled", this.encryptionDisabled);
    byName.put("location", this.location);
    byName.put("status", this.status);
    return byName;
  }

  @Override
  public Map<String, Object> toTerraform() {
    return TerraformValues.object(values());
  }

  public static final class Builder {
    private String bucketOwnerAccess;
    private Object encryptionDisabled;
    private String location;
    private String status;

    private Builder() {}

    public Builder bucketOwnerAccess(String bucketOwnerAccess) {
      this.bucketOwnerAccess = bucketOwnerAccess;
      return this;
    }

    public Builder encryptionDisabled(Boolean encryptionDisabled) {
      this.encryptionDisabled = encryptionDisabled;
      return this;
    }

    public Builder encryptionDisabled(IResolvable encryptionDisabled) {
      this.encryptionDisabled = encryptionDisabled;
      return this;
    }

    public Builder location(String location) {
      this.location = location;
      return this;
    }

    public Builder status(String status) {
      this.status = status;
      return this;
    }

    public CodebuildProjectLogsConfigS3Logs build() {
      return new CodebuildProjectLogsConfigS3Logs(this);
    }
  }
}
