// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.lambda_permission;

import chat.k1te.infra.aws.MetaArguments;
import chat.k1te.infra.aws.TerraformStruct;
import chat.k1te.infra.aws.TerraformValues;
import com.hashicorp.cdktf.ITerraformDependable;
import com.hashicorp.cdktf.ITerraformIterator;
import com.hashicorp.cdktf.TerraformCount;
import com.hashicorp.cdktf.TerraformProvider;
import com.hashicorp.cdktf.TerraformResourceLifecycle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** {@code LambdaPermissionConfig}. */
public final class LambdaPermissionConfig implements TerraformStruct {
  private final String action;
  private final String eventSourceToken;
  private final String functionName;
  private final String functionUrlAuthType;
  private final String id;
  private final String principal;
  private final String principalOrgId;
  private final String qualifier;
  private final String sourceAccount;
  private final String sourceArn;
  private final String statementId;
  private final String statementIdPrefix;
  private final MetaArguments metaArguments;

  private LambdaPermissionConfig(Builder builder) {
    this.action = Objects.requireNonNull(builder.action, "action");
    this.eventSourceToken = builder.eventSourceToken;
    this.functionName = Objects.requireNonNull(builder.functionName, "functionName");
    this.functionUrlAuthType = builder.functionUrlAuthType;
    this.id = builder.id;
    this.principal = Objects.requireNonNull(builder.principal, "principal");
    this.principalOrgId = builder.principalOrgId;
    this.qualifier = builder.qualifier;
    this.sourceAccount = builder.sourceAccount;
    this.sourceArn = builder.sourceArn;
    this.statementId = builder.statementId;
    this.statementIdPrefix = builder.statementIdPrefix;
    this.metaArguments =
        new MetaArguments(
            builder.dependsOn, builder.count, builder.forEach, builder.lifecycle, builder.provider);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** {@code action}. */
  public String getAction() {
    return action;
  }

  /** {@code event_source_token}. */
  public String getEventSourceToken() {
    return eventSourceToken;
  }

  /** {@code function_name}. */
  public String getFunctionName() {
    return functionName;
  }

  /** {@code function_url_auth_type}. */
  public String getFunctionUrlAuthType() {
    return functionUrlAuthType;
  }

  /** {@code id}. */
  public String getId() {
    return id;
  }

  /** {@code principal}. */
  public String getPrincipal() {
    return principal;
  }

  /** {@code principal_org_id}. */
  public String getPrincipalOrgId() {
    return principalOrgId;
  }

  /** {@code qualifier}. */
  public String getQualifier() {
    return qualifier;
  }

  /** {@code source_account}. */
  public String getSourceAccount() {
    return sourceAccount;
  }

  /** {@code source_arn}. */
  public String getSourceArn() {
    return sourceArn;
  }

  /** {@code statement_id}. */
  public String getStatementId() {
    return statementId;
  }

  /** {@code statement_id_prefix}. */
  public String getStatementIdPrefix() {
    return statementIdPrefix;
  }

  public MetaArguments getMetaArguments() {
    return metaArguments;
  }

  /** The values by Terraform name, in the provider's order; null when unset. */
  Map<String, Object> values() {
    Map<String, Object> byName = new LinkedHashMap<>();
    byName.put("action", this.action);
    byName.put("event_source_token", this.eventSourceToken);
    byName.put("function_name", this.functionName);
    byName.put("function_url_auth_type", this.functionUrlAuthType);
    byName.put("id", this.id);
    byName.put("principal", this.principal);
    byName.put("principal_org_id", this.principalOrgId);
    byName.put("qualifier", this.qualifier);
    byName.put("source_account", this.sourceAccount);
    byName.put("source_arn", this.sourceArn);
    byName.put("statement_id", this.statementId);
    byName.put("statement_id_prefix", this.statementIdPrefix);
    return byName;
  }

  @Override
  public Map<String, Object> toTerraform() {
    return TerraformValues.object(values());
  }

  public static final class Builder {
    private String action;
    private String eventSourceToken;
    private String functionName;
    private String functionUrlAuthType;
    private String id;
    private String principal;
    private String principalOrgId;
    private String qualifier;
    private String sourceAccount;
    private String sourceArn;
    private String statementId;
    private String statementIdPrefix;
    private List<? extends ITerraformDependable> dependsOn;
    private Object count;
    private ITerraformIterator forEach;
    private TerraformResourceLifecycle lifecycle;
    private TerraformProvider provider;

    private Builder() {}

    public Builder action(String action) {
      this.action = action;
      return this;
    }

    public Builder eventSourceToken(String eventSourceToken) {
      this.eventSourceToken = eventSourceToken;
      return this;
    }

    public Builder functionName(String functionName) {
      this.functionName = functionName;
      return this;
    }

    public Builder functionUrlAuthType(String functionUrlAuthType) {
      this.functionUrlAuthType = functionUrlAuthType;
      return this;
    }

    public Builder id(String id) {
      this.id = id;
      return this;
    }

    public Builder principal(String principal) {
      this.principal = principal;
      return this;
    }

    public Builder principalOrgId(String principalOrgId) {
      this.principalOrgId = principalOrgId;
      return this;
    }

    public Builder qualifier(String qualifier) {
      this.qualifier = qualifier;
      return this;
    }

    public Builder sourceAccount(String sourceAccount) {
      this.sourceAccount = sourceAccount;
      return this;
    }

    public Builder sourceArn(String sourceArn) {
      this.sourceArn = sourceArn;
      return this;
    }

    public Builder statementId(String statementId) {
      this.statementId = statementId;
      return this;
    }

    public Builder statementIdPrefix(String statementIdPrefix) {
      this.statementIdPrefix = statementIdPrefix;
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

    public LambdaPermissionConfig build() {
      return new LambdaPermissionConfig(this);
    }
  }
}
