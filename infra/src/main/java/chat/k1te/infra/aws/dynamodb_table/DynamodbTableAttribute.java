// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.dynamodb_table;

import chat.k1te.infra.aws.TerraformStruct;
import chat.k1te.infra.aws.TerraformValues;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** {@code DynamodbTableAttribute}. */
public final class DynamodbTableAttribute implements TerraformStruct {
  private final String name;
  private final String type;

  private DynamodbTableAttribute(Builder builder) {
    this.name = Objects.requireNonNull(builder.name, "name");
    this.type = Objects.requireNonNull(builder.type, "type");
  }

  public static Builder builder() {
    return new Builder();
  }

  /** {@code name}. */
  public String getName() {
    return name;
  }

  /** {@code type}. */
  public String getType() {
    return type;
  }

  /** The values by Terraform name, in the provider's order; null when unset. */
  Map<String, Object> values() {
    Map<String, Object> byName = new LinkedHashMap<>();
    byName.put("name", this.name);
    byName.put("type", this.type);
    return byName;
  }

  @Override
  public Map<String, Object> toTerraform() {
    return TerraformValues.object(values());
  }

  public static final class Builder {
    private String name;
    private String type;

    private Builder() {}

    public Builder name(String name) {
      this.name = name;
      return this;
    }

    public Builder type(String type) {
      this.type = type;
      return this;
    }

    public DynamodbTableAttribute build() {
      return new DynamodbTableAttribute(this);
    }
  }
}
