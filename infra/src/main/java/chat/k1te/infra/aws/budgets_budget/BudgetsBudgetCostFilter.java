// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.budgets_budget;

import chat.k1te.infra.aws.TerraformStruct;
import chat.k1te.infra.aws.TerraformValues;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** {@code BudgetsBudgetCostFilter}. */
public final class BudgetsBudgetCostFilter implements TerraformStruct {
  private final String name;
  private final List<String> values;

  private BudgetsBudgetCostFilter(Builder builder) {
    this.name = Objects.requireNonNull(builder.name, "name");
    this.values = Objects.requireNonNull(builder.values, "values");
  }

  public static Builder builder() {
    return new Builder();
  }

  /** {@code name}. */
  public String getName() {
    return name;
  }

  /** {@code values}. */
  public List<String> getValues() {
    return values;
  }

  /** The values by Terraform name, in the provider's order; null when unset. */
  Map<String, Object> values() {
    Map<String, Object> byName = new LinkedHashMap<>();
    byName.put("name", this.name);
    byName.put("values", this.values);
    return byName;
  }

  @Override
  public Map<String, Object> toTerraform() {
    return TerraformValues.object(values());
  }

  public static final class Builder {
    private String name;
    private List<String> values;

    private Builder() {}

    public Builder name(String name) {
      this.name = name;
      return this;
    }

    public Builder values(List<String> values) {
      this.values = values;
      return this;
    }

    public BudgetsBudgetCostFilter build() {
      return new BudgetsBudgetCostFilter(this);
    }
  }
}
