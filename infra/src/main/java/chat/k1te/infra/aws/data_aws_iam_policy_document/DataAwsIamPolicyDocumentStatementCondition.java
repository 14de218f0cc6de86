// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.data_aws_iam_policy_document;

import chat.k1te.infra.aws.TerraformStruct;
import chat.k1te.infra.aws.TerraformValues;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** {@code DataAwsIamPolicyDocumentStatementCondition}. */
public final class DataAwsIamPolicyDocumentStatementCondition implements TerraformStruct {
  private final String test;
  private final List<String> values;
  private final String variable;

  private DataAwsIamPolicyDocumentStatementCondition(Builder builder) {
    this.test = Objects.requireNonNull(builder.test, "test");
    this.values = Objects.requireNonNull(builder.values, "values");
    this.variable = Objects.requireNonNull(builder.variable, "variable");
  }

  public static Builder builder() {
    return new Builder();
  }

  /** {@code test}. */
  public String getTest() {
    return test;
  }

  /** {@code values}. */
  public List<String> getValues() {
    return values;
  }

  /** {@code variable}. */
  public String getVariable() {
    return variable;
  }

  /** The values by Terraform name, in the provider's order; null when unset. */
  Map<String, Object> values() {
    Map<String, Object> byName = new LinkedHashMap<>();
    byName.put("test", this.test);
    byName.put("values", this.values);
    byName.put("variable", this.variable);
    return byName;
  }

  @Override
  public Map<String, Object> toTerraform() {
    return TerraformValues.object(values());
  }

  public static final class Builder {
    private String test;
    private List<String> values;
    private String variable;

    private Builder() {}

    public Builder test(String test) {
      this.test = test;
      return this;
    }

    public Builder values(List<String> values) {
      this.values = values;
      return this;
    }

    public Builder variable(String variable) {
      this.variable = variable;
      return this;
    }

    public DataAwsIamPolicyDocumentStatementCondition build() {
      return new DataAwsIamPolicyDocumentStatementCondition(this);
    }
  }
}
