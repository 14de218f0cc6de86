// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.provider;

import chat.k1te.infra.aws.TerraformStruct;
import chat.k1te.infra.aws.TerraformValues;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code AwsProviderDefaultTags}. */
public final class AwsProviderDefaultTags implements TerraformStruct {
  private final Map<String, String> tags;

  private AwsProviderDefaultTags(Builder builder) {
    this.tags = builder.tags;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** {@code tags}. */
  public Map<String, String> getTags() {
    return tags;
  }

  /** The values by Terraform name, in the provider's order; null when unset. */
  Map<String, Object> values() {
    Map<String, Object> byName = new LinkedHashMap<>();
    byName.put("tags", this.tags);
    return byName;
  }

  @Override
  public Map<String, Object> toTerraform() {
    return TerraformValues.object(values());
  }

  public static final class Builder {
    private Map<String, String> tags;

    private Builder() {}

    public Builder tags(Map<String, String> tags) {
      this.tags = tags;
      return this;
    }

    public AwsProviderDefaultTags build() {
      return new AwsProviderDefaultTags(this);
    }
  }
}
