// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.dynamodb_table;

import chat.k1te.infra.aws.TerraformStruct;
import chat.k1te.infra.aws.TerraformValues;
import com.hashicorp.cdktf.IResolvable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** {@code DynamodbTableTtl}. */
public final class DynamodbTableTtl implements TerraformStruct {
  private final String attributeName;
  private final Object enabled;

  private DynamodbTableTtl(Builder builder) {
    this.attributeName = Objects.requireNonNull(builder.attributeName, "attributeName");
    this.enabled = builder.enabled;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** {@code attribute_name}. */
  public String getAttributeName() {
    return attributeName;
  }

  /** {@code enabled}. */
  public Object getEnabled() {
    return enabled;
  }

  /** The values by Terraform name, in the provider's order; null when unset. */
  Map<String, Object> values() {
    Map<String, Object> byName = new LinkedHashMap<>();
    byName.put("attribute_name", this.attributeName);
    byName.put("enabled", this.enabled);
    return byName;
  }

  @Override
  public Map<String, Object> toTerraform() {
    return TerraformValues.object(values());
  }

  public static final class Builder {
    private String attributeName;
    private Object enabled;

    private Builder() {}

    public Builder attributeName(String attributeName) {
      this.attributeName = attributeName;
      return this;
    }

    public Builder enabled(Boolean enabled) {
      this.enabled = enabled;
      return this;
    }

    public Builder enabled(IResolvable enabled) {
      this.enabled = enabled;
      return this;
    }

    public DynamodbTableTtl build() {
      return new DynamodbTableTtl(this);
    }
  }
}
