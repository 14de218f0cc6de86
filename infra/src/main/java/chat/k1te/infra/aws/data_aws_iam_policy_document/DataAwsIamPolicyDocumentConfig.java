// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.data_aws_iam_policy_document;

import chat.k1te.infra.aws.MetaArguments;
import chat.k1te.infra.aws.TerraformStruct;
import chat.k1te.infra.aws.TerraformValues;
import com.hashicorp.cdktf.IResolvable;
import com.hashicorp.cdktf.ITerraformDependable;
import com.hashicorp.cdktf.ITerraformIterator;
import com.hashicorp.cdktf.TerraformCount;
import com.hashicorp.cdktf.TerraformProvider;
import com.hashicorp.cdktf.TerraformResourceLifecycle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code DataAwsIamPolicyDocumentConfig}. */
public final class DataAwsIamPolicyDocumentConfig implements TerraformStruct {
  private final String id;
  private final List<String> overridePolicyDocuments;
  private final String policyId;
  private final List<String> sourcePolicyDocuments;
  private final String version;
  private final Object statement;
  private final MetaArguments metaArguments;

  private DataAwsIamPolicyDocumentConfig(Builder builder) {
    this.id = builder.id;
    this.overridePolicyDocuments = builder.overridePolicyDocuments;
    this.policyId = builder.policyId;
    this.sourcePolicyDocuments = builder.sourcePolicyDocuments;
    this.version = builder.version;
    this.statement = builder.statement;
    this.metaArguments =
        new MetaArguments(
            builder.dependsOn, builder.count, builder.forEach, builder.lifecycle, builder.provider);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** {@code id}. */
  public String getId() {
    return id;
  }

  /** {@code override_policy_documents}. */
  public List<String> getOverridePolicyDocuments() {
    return overridePolicyDocuments;
  }

  /** {@code policy_id}. */
  public String getPolicyId() {
    return policyId;
  }

  /** {@code source_policy_documents}. */
  public List<String> getSourcePolicyDocuments() {
    return sourcePolicyDocuments;
  }

  /** {@code version}. */
  public String getVersion() {
    return version;
  }

  /** {@code statement}. */
  public Object getStatement() {
    return statement;
  }

  public MetaArguments getMetaArguments() {
    return metaArguments;
  }

  /** The values by Terraform name, in the provider's order; null when unset. */
  Map<String, Object> values() {
    Map<String, Object> byName = new LinkedHashMap<>();
    byName.put("id", this.id);
    byName.put("override_policy_documents", this.overridePolicyDocuments);
    byName.put("policy_id", this.policyId);
    byName.put("source_policy_documents", this.sourcePolicyDocuments);
    byName.put("version", this.version);
    byName.put("statement", this.statement);
    return byName;
  }

  @Override
  public Map<String, Object> toTerraform() {
    return TerraformValues.object(values());
  }

  public static final class Builder {
    private String id;
    private List<String> overridePolicyDocuments;
    private String policyId;
    private List<String> sourcePolicyDocuments;
    private String version;
    private Object statement;
    private List<? extends ITerraformDependable> dependsOn;
    private Object count;
    private ITerraformIterator forEach;
    private TerraformResourceLifecycle lifecycle;
    private TerraformProvider provider;

    private Builder() {}

    public Builder id(String id) {
      this.id = id;
      return this;
    }

    public Builder overridePolicyDocuments(List<String> overridePolicyDocuments) {
      this.overridePolicyDocuments = overridePolicyDocuments;
      return this;
    }

    public Builder policyId(String policyId) {
      this.policyId = policyId;
      return this;
    }

    public Builder sourcePolicyDocuments(List<String> sourcePolicyDocuments) {
      this.sourcePolicyDocuments = sourcePolicyDocuments;
      return this;
    }

    public Builder version(String version) {
      this.version = version;
      return this;
    }

    public Builder statement(IResolvable statement) {
      this.statement = statement;
      return this;
    }

    public Builder statement(List<? extends DataAwsIamPolicyDocumentStatement> statement) {
      this.statement = statement;
      return this;
    }

    public Builder dependsOn(List<? extends ITerraformDependable> dependsOn) {
      this.dependsOn = dependsOn;
      return this;
    }

    public Builder count(Number count) {
      this.count = count;
      return this;
    }

    public Builder count(TerraformCount count) {
      this.count = count;
      return this;
    }

    public Builder forEach(ITerraformIterator forEach) {
      this.forEach = forEach;
      return this;
    }

    public Builder lifecycle(TerraformResourceLifecycle lifecycle) {
      this.lifecycle = lifecycle;
      return this;
    }

    public Builder provider(TerraformProvider provider) {
      this.provider = provider;
      return this;
    }

    public DataAwsIamPolicyDocumentConfig build() {
      return new DataAwsIamPolicyDocumentConfig(this);
    }
  }
}
