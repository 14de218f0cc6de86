// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.dynamodb_table;

import chat.k1te.infra.aws.TerraformStruct;
import chat.k1te.infra.aws.TerraformValues;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** {@code DynamodbTableLocalSecondaryIndex}. */
public final class DynamodbTableLocalSecondaryIndex implements TerraformStruct {
  private final String name;
  private final List<String> nonKeyAttributes;
  private final String projectionType;
  private final String rangeKey;

  private DynamodbTableLocalSecondaryIndex(Builder builder) {
    this.name = Objects.requireNonNull(builder.name, "name");
    this.nonKeyAttributes = builder.nonKeyAttributes;
    this.projectionType = Objects.requireNonNull(builder.projectionType, "projectionType");
    this.rangeKey = Objects.requireNonNull(builder.rangeKey, "rangeKey");
  }

  public static Builder builder() {
    return new Builder();
  }

  /** {@code name}. */
  public String getName() {
    return name;
  }

  /** {@code non_key_attributes}. */
  public List<String> getNonKeyAttributes() {
    return nonKeyAttributes;
  }

  /** {@code projection_type}. */
  public String getProjectionType() {
    return projectionType;
  }

  /** {@code range_key}. */
  public String getRangeKey() {
    return rangeKey;
  }

  /** The values by Terraform name, in the provider's order; null when unset. */
  Map<String, Object> values() {
    Map<String, Object> byName = new LinkedHashMap<>();
    byName.put("name", this.name);
    byName.put("non_key_attributes", this.nonKeyAttributes);
    byName.put("projection_type", this.projectionType);
    byName.put("range_key", this.rangeKey);
    return byName;
  }

  @Override
  public Map<String, Object> toTerraform() {
    return TerraformValues.object(values());
  }

  public static final class Builder {
    private String name;
    private List<String> nonKeyAttributes;
    private String projectionType;
    private String rangeKey;

    private Builder() {}

    public Builder name(String name) {
      this.name = name;
      return this;
    }

    public Builder nonKeyAttributes(List<String> nonKeyAttributes) {
      this.nonKeyAttributes = nonKeyAttributes;
      return this;
    }

    public Builder projectionType(String projectionType) {
      this.projectionType = projectionType;
      return this;
    }

    public Builder rangeKey(String rangeKey) {
      this.rangeKey = rangeKey;
      return this;
    }

    public DynamodbTableLocalSecondaryIndex build() {
      return new DynamodbTableLocalSecondaryIndex(this);
    }
  }
}
