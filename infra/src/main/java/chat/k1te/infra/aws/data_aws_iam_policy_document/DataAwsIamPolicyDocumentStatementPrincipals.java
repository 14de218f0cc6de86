// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.data_aws_iam_policy_document;

import chat.k1te.infra.aws.TerraformStruct;
import chat.k1te.infra.aws.TerraformValues;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** {@code DataAwsIamPolicyDocumentStatementPrincipals}. */
public final class DataAwsIamPolicyDocumentStatementPrincipals implements TerraformStruct {
  private final List<String> identifiers;
  private final String type;

  private DataAwsIamPolicyDocumentStatementPrincipals(Builder builder) {
    this.identifiers = Objects.requireNonNull(builder.identifiers, "identifiers");
    this.type = Objects.requireNonNull(builder.type, "type");
  }

  public static Builder builder() {
    return new Builder();
  }

  /** {@code identifiers}. */
  public List<String> getIdentifiers() {
    return identifiers;
  }

  /** {@code type}. */
  public String getType() {
    return type;
  }

  /** The values by Terraform name, in the provider's order; null when unset. */
  Map<String, Object> values() {
    Map<String, Object> byName = new LinkedHashMap<>();
    byName.put("identifiers", this.identifiers);
    byName.put("type", this.type);
    return byName;
  }

  @Override
  public Map<String, Object> toTerraform() {
    return TerraformValues.object(values());
  }

  public static final class Builder {
    private List<String> identifiers;
    private String type;

    private Builder() {}

    public Builder identifiers(List<String> identifiers) {
      this.identifiers = identifiers;
      return this;
    }

    public Builder type(String type) {
      this.type = type;
      return this;
    }

    public DataAwsIamPolicyDocumentStatementPrincipals build() {
      return new DataAwsIamPolicyDocumentStatementPrincipals(this);
    }
  }
}
