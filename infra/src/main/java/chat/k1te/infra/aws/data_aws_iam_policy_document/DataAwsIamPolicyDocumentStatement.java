// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.data_aws_iam_policy_document;

import chat.k1te.infra.aws.TerraformStruct;
import chat.k1te.infra.aws.TerraformValues;
import com.hashicorp.cdktf.IResolvable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code DataAwsIamPolicyDocumentStatement}. */
public final class DataAwsIamPolicyDocumentStatement implements TerraformStruct {
  private final List<String> actions;
  private final String effect;
  private final List<String> notActions;
  private final List<String> notResources;
  private final List<String> resources;
  private final String sid;
  private final Object condition;
  private final IResolvable notPrincipals;
  private final Object principals;

  private DataAwsIamPolicyDocumentStatement(Builder builder) {
    this.actions = builder.actions;
    this.effect = builder.effect;
    this.notActions = builder.notActions;
    this.notResources = builder.notResources;
    this.resources = builder.resources;
    this.sid = builder.sid;
    this.condition = builder.condition;
    this.notPrincipals = builder.notPrincipals;
    this.principals = builder.principals;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** {@code actions}. */
  public List<String> getActions() {
    return actions;
  }

  /** {@code effect}. */
  public String getEffect() {
    return effect;
  }

  /** {@code not_actions}. */
  public List<String> getNotActions() {
    return notActions;
  }

  /** {@code not_resources}. */
  public List<String> getNotResources() {
    return notResources;
  }

  /** {@code resources}. */
  public List<String> getResources() {
    return resources;
  }

  /** {@code sid}. */
  public String getSid() {
    return sid;
  }

  /** {@code condition}. */
  public Object getCondition() {
    return condition;
  }

  /** {@code not_principals}. */
  public IResolvable getNotPrincipals() {
    return notPrincipals;
  }

  /** {@code principals}. */
  public Object getPrincipals() {
    return principals;
  }

  /** The values by Terraform name, in the provider's order; null when unset. */
  Map<String, Object> values() {
    Map<String, Object> byName = new LinkedHashMap<>();
    byName.put("actions", this.actions);
    byName.put("effect", this.effect);
    byName.put("not_actions", this.notActions);
    byName.put("not_resources", this.notResources);
    byName.put("resources", this.resources);
    byName.put("sid", this.sid);
    byName.put("condition", this.condition);
    byName.put("not_principals", this.notPrincipals);
    byName.put("principals", this.principals);
    return byName;
  }

  @Override
  public Map<String, Object> toTerraform() {
    return TerraformValues.object(values());
  }

  public static final class Builder {
    private List<String> actions;
    private String effect;
    private List<String> notActions;
    private List<String> notResources;
    private List<String> resources;
    private String sid;
    private Object condition;
    private IResolvable notPrincipals;
    private Object principals;

    private Builder() {}

    public Builder actions(List<String> actions) {
      this.actions = actions;
      return this;
    }

    public Builder effect(String effect) {
      this.effect = effect;
      return this;
    }

    public Builder notActions(List<String> notActions) {
      this.notActions = notActions;
      return this;
    }

    public Builder notResources(List<String> notResources) {
      this.notResources = notResources;
      return this;
    }

    public Builder resources(List<String> resources) {
      this.resources = resources;
      return this;
    }

    public Builder sid(String sid) {
      this.sid = sid;
      return this;
    }

    public Builder condition(IResolvable condition) {
      this.condition = condition;
      return this;
    }

    public Builder condition(List<? extends DataAwsIamPolicyDocumentStatementCondition> condition) {
      this.condition = condition;
      return this;
    }

    public Builder notPrincipals(IResolvable notPrincipals) {
      this.notPrincipals = notPrincipals;
      return this;
    }

    public Builder principals(IResolvable principals) {
      this.principals = principals;
      return this;
    }

    public Builder principals(List<? extends DataAwsIamPolicyDocumentStatementPrincipals> principals) {
      this.principals = principals;
      return this;
    }

    public DataAwsIamPolicyDocumentStatement build() {
      return new DataAwsIamPolicyDocumentStatement(this);
    }
  }
}
