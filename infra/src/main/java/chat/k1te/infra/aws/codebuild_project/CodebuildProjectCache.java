// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.codebuild_project;

import chat.k1te.infra.aws.TerraformStruct;
import chat.k1te.infra.aws.TerraformValues;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code CodebuildProjectCache}. */
public final class CodebuildProjectCache implements TerraformStruct {
  private final String location;
  private final List<String> modes;
  private final String type;

  private CodebuildProjectCache(Builder builder) {
    this.location = builder.location;
    this.modes = builder.modes;
    this.type = builder.type;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** {@code location}. */
  public String getLocation() {
    return location;
  }

  /** {@code modes}. */
  public List<String> getModes() {
    return modes;
  }

  /** {@code type}. */
  public String getType() {
    return type;
  }

  /** The values by Terraform name, in the provider's order; null when unset. */
  Map<String, Object> values() {
    Map<String, Object> byName = new LinkedHashMap<>();
    byName.put("location", this.location);
    byName.put("modes", this.modes);
    byName.put("type", this.type);
    return byName;
  }

  @Override
  public Map<String, Object> toTerraform() {
    return TerraformValues.object(values());
  }

  public static final class Builder {
    private String location;
    private List<String> modes;
    private String type;

    private Builder() {}

    public Builder location(String location) {
      this.location = location;
      return this;
    }

    public Builder modes(List<String> modes) {
      this.modes = modes;
      return this;
    }

    public Builder type(String type) {
      this.type = type;
      return this;
    }

    public CodebuildProjectCache build() {
      return new CodebuildProjectCache(this);
    }
  }
}
