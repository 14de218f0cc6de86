// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.dynamodb_table;

import chat.k1te.infra.aws.TerraformStruct;
import chat.k1te.infra.aws.TerraformValues;
import com.hashicorp.cdktf.IResolvable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** {@code DynamodbTablePointInTimeRecovery}. */
public final class DynamodbTablePointInTimeRecovery implements TerraformStruct {
  private final Object enabled;

  private DynamodbTablePointInTimeRecovery(Builder builder) {
    this.enabled = Objects.requireNonNull(builder.enabled, "enabled");
  }

  public static Builder builder() {
    return new Builder();
  }

  /** {@code enabled}. */
  public Object getEnabled() {
    return enabled;
  }

  /** The values by Terraform name, in the provider's order; null when unset. */
  Map<String, Object> values() {
    Map<String, Object> byName = new LinkedHashMap<>();
    byName.put("enabled", this.enabled);
    return byName;
  }

  @Override
  public Map<String, Object> toTerraform() {
    return TerraformValues.object(values());
  }

  public static final class Builder {
    private Object enabled;

    private Builder() {}

    public Builder enabled(Boolean enabled) {
      this.enabled = enabled;
      return this;
    }

    public Builder enabled(IResolvable enabled) {
      this.enabled = enabled;
      return this;
    }

    public DynamodbTablePointInTimeRecovery build() {
      return new DynamodbTablePointInTimeRecovery(this);
    }
  }
}
