// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.iam_role_policy_attachment;

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

/** {@code IamRolePolicyAttachmentConfig}. */
public final class IamRolePolicyAttachmentConfig implements TerraformStruct {
  private final String id;
  private final String policyArn;
  private final String role;
  private final MetaArguments metaArguments;

  private IamRolePolicyAttachmentConfig(Builder builder) {
    this.id = builder.id;
    this.policyArn = Objects.requireNonNull(builder.policyArn, "policyArn");
    this.role = Objects.requireNonNull(builder.role, "role");
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

  /** {@code policy_arn}. */
  public String getPolicyArn() {
    return policyArn;
  }

  /** {@code role}. */
  public String getRole() {
    return role;
  }

  public MetaArguments getMetaArguments() {
    return metaArguments;
  }

  /** The values by Terraform name, in the provider's order; null when unset. */
  Map<String, Object> values() {
    Map<String, Object> byName = new LinkedHashMap<>();
    byName.put("id", this.id);
    byName.put("policy_arn", this.policyArn);
    byName.put("role", this.role);
    return byName;
  }

  @Override
  public Map<String, Object> toTerraform() {
    return TerraformValues.object(values());
  }

  public static final class Builder {
    private String id;
    private String policyArn;
    private String role;
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

    public Builder policyArn(String policyArn) {
      this.policyArn = policyArn;
      return this;
    }

    public Builder role(String role) {
      this.role = role;
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

    public IamRolePolicyAttachmentConfig build() {
      return new IamRolePolicyAttachmentConfig(this);
    }
  }
}
