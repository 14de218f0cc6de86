// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.codebuild_project;

import chat.k1te.infra.aws.TerraformStruct;
import chat.k1te.infra.aws.TerraformValues;
import com.hashicorp.cdktf.IResolvable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** {@code CodebuildProjectArtifacts}. */
public final class CodebuildProjectArtifacts implements TerraformStruct {
  private final String artifactIdentifier;
  private final String bucketOwnerAccess;
  private final Object encryptionDisabled;
  private final String location;
  private final String name;
  private final String namespaceType;
  private final Object overrideArtifactName;
  private final String packaging;
  private final String path;
  private final String type;

  private CodebuildProjectArtifacts(Builder builder) {
    this.artifactIdentifier = builder.artifactIdentifier;
    this.bucketOwnerAccess = builder.bucketOwnerAccess;
    this.encryptionDisabled = builder.encryptionDisabled;
    this.location = builder.location;
    this.name = builder.name;
    this.namespaceType = builder.namespaceType;
    this.overrideArtifactName = builder.overrideArtifactName;
    this.packaging = builder.packaging;
    this.path = builder.path;
    this.type = Objects.requireNonNull(builder.type, "type");
  }

  public static Builder builder() {
    return new Builder();
  }

  /** {@code artifact_identifier}. */
  public String getArtifactIdentifier() {
    return artifactIdentifier;
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

  /** {@code name}. */
  public String getName() {
    return name;
  }

  /** {@code namespace_type}. */
  public String getNamespaceType() {
    return namespaceType;
  }

  /** {@code override_artifact_name}. */
  public Object getOverrideArtifactName() {
    return overrideArtifactName;
  }

  /** {@code packaging}. */
  public String getPackaging() {
    return packaging;
  }

  /** {@code path}. */
  public String getPath() {
    return path;
  }

  /** {@code type}. */
  public String getType() {
    return type;
  }

  /** The values by Terraform name, in the provider's order; null when unset. */
  Map<String, Object> values() {
    Map<String, Object> byName = new LinkedHashMap<>();
    byName.put("artifact_identifier", this.artifactIdentifier);
    byName.put("bucket_owner_access", this.bucketOwnerAccess);
    byName.put("encryption_disabled", this.encryptionDisabled);
    byName.put("location", this.location);
    byName.put("name", this.name);
    byName.put("namespace_type", this.namespaceType);
    byName.put("override_artifact_name", this.overrideArtifactName);
    byName.put("packaging", this.packaging);
    byName.put("path", this.path);
    byName.put("type", this.type);
    return byName;
  }

  @Override
  public Map<String, Object> toTerraform() {
    return TerraformValues.object(values());
  }

  public static final class Builder {
    private String artifactIdentifier;
    private String bucketOwnerAccess;
    private Object encryptionDisabled;
    private String location;
    private String name;
    private String namespaceType;
    private Object overrideArtifactName;
    private String packaging;
    private String path;
    private String type;

    private Builder() {}

    public Builder artifactIdentifier(String artifactIdentifier) {
      this.artifactIdentifier = artifactIdentifier;
      return this;
    }

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

    public Builder name(String name) {
      this.name = name;
      return this;
    }

    public Builder namespaceType(String namespaceType) {
      this.namespaceType = namespaceType;
      return this;
    }

    public Builder overrideArtifactName(Boolean overrideArtifactName) {
      this.overrideArtifactName = overrideArtifactName;
      return this;
    }

    public Builder overrideArtifactName(IResolvable overrideArtifactName) {
      this.overrideArtifactName = overrideArtifactName;
      return this;
    }

    public Builder packaging(String packaging) {
      this.packaging = packaging;
      return this;
    }

    public Builder path(String path) {
      this.path = path;
      return this;
    }

    public Builder type(String type) {
      this.type = type;
      return this;
    }

    public CodebuildProjectArtifacts build() {
      return new CodebuildProjectArtifacts(this);
    }
  }
}
