// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.codebuild_project;

import chat.k1te.infra.aws.TerraformStruct;
import chat.k1te.infra.aws.TerraformValues;
import com.hashicorp.cdktf.IResolvable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** {@code CodebuildProjectEnvironment}. */
public final class CodebuildProjectEnvironment implements TerraformStruct {
  private final String certificate;
  private final String computeType;
  private final String image;
  private final String imagePullCredentialsType;
  private final Object privilegedMode;
  private final String type;
  private final IResolvable environmentVariable;

  private CodebuildProjectEnvironment(Builder builder) {
    this.certificate = builder.certificate;
    this.computeType = Objects.requireNonNull(builder.computeType, "computeType");
    this.image = Objects.requireNonNull(builder.image, "image");
    this.imagePullCredentialsType = builder.imagePullCredentialsType;
    this.privilegedMode = builder.privilegedMode;
    this.type = Objects.requireNonNull(builder.type, "type");
    this.environmentVariable = builder.environmentVariable;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** {@code certificate}. */
  public String getCertificate() {
    return certificate;
  }

  /** {@code compute_type}. */
  public String getComputeType() {
    return computeType;
  }

  /** {@code image}. */
  public String getImage() {
    return image;
  }

  /** {@code image_pull_credentials_type}. */
  public String getImagePullCredentialsType() {
    return imagePullCredentialsType;
  }

  /** {@code privileged_mode}. */
  public Object getPrivilegedMode() {
    return privilegedMode;
  }

  /** {@code type}. */
  public String getType() {
    return type;
  }

  /** {@code environment_variable}. */
  public IResolvable getEnvironmentVariable() {
    return environmentVariable;
  }

  /** The values by Terraform name, in the provider's order; null when unset. */
  Map<String, Object> values() {
    Map<String, Object> byName = new LinkedHashMap<>();
    byName.put("certificate", this.certificate);
    byName.put("compute_type", this.computeType);
    byName.put("image", this.image);
    byName.put("image_pull_credentials_type", this.imagePullCredentialsType);
    byName.put("privileged_mode", this.privilegedMode);
    byName.put("type", this.type);
    byName.put("environment_variable", this.environmentVariable);
    return byName;
  }

  @Override
  public Map<String, Object> toTerraform() {
    return TerraformValues.object(values());
  }

  public static final class Builder {
    private String certificate;
    private String computeType;
    private String image;
    private String imagePullCredentialsType;
    private Object privilegedMode;
    private String type;
    private IResolvable environmentVariable;

    private Builder() {}

    public Builder certificate(String certificate) {
      this.certificate = certificate;
      return this;
    }

    public Builder computeType(String computeType) {
      this.computeType = computeType;
      return this;
    }

    public Builder image(String image) {
      this.image = image;
      return this;
    }

    public Builder imagePullCredentialsType(String imagePullCredentialsType) {
      this.imagePullCredentialsType = imagePullCredentialsType;
      return this;
    }

    public Builder privilegedMode(Boolean privilegedMode) {
      this.privilegedMode = privilegedMode;
      return this;
    }

    public Builder privilegedMode(IResolvable privilegedMode) {
      this.privilegedMode = privilegedMode;
      return this;
    }

    public Builder type(String type) {
      this.type = type;
      return this;
    }

    public Builder environmentVariable(IResolvable environmentVariable) {
      this.environmentVariable = environmentVariable;
      return this;
    }

    public CodebuildProjectEnvironment build() {
      return new CodebuildProjectEnvironment(this);
    }
  }
}
