// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.lambda_function;

import chat.k1te.infra.aws.TerraformStruct;
import chat.k1te.infra.aws.TerraformValues;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code LambdaFunctionEnvironment}. */
public final class LambdaFunctionEnvironment implements TerraformStruct {
  private final Map<String, String> variables;

  private LambdaFunctionEnvironment(Builder builder) {
    this.variables = builder.variables;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** {@code variables}. */
  public Map<String, String> getVariables() {
    return variables;
  }

  /** The values by Terraform name, in the provider's order; null when unset. */
  Map<String, Object> values() {
    Map<String, Object> byName = new LinkedHashMap<>();
    byName.put("variables", this.variables);
    return byName;
  }

  @Override
  public Map<String, Object> toTerraform() {
    return TerraformValues.object(values());
  }

  public static final class Builder {
    private Map<String, String> variables;

    private Builder() {}

    public Builder variables(Map<String, String> variables) {
      this.variables = variables;
      return this;
    }

    public LambdaFunctionEnvironment build() {
      return new LambdaFunctionEnvironment(this);
    }
  }
}
