// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.iam_role_policy;

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

/** {@code IamRolePolicyConfig}. */
public final class IamRolePolicyConfig implements TerraformStruct {
  private final String id;
  private final String name;
  private final String namePrefix;
  private final String policy;
  private final String role;
  private final MetaArguments metaArguments;

  private IamRolePolicyConfig(Builder builder) {
    this.id = builder.id;
    this.name = builder.name;
    this.namePrefix = builder.namePrefix;
    this.policy = Objects.requireNonNull(builder.policy, "policy");
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

  /** {@code name}. */
  public String getName() {
    return name;
  }

  /** {@code name_prefix}. */
  public String getNamePrefix() {
    return namePrefix;
  }

  /** {@code policy}. */
  public String getPolicy() {
    return policy;
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
    byName.put("name", this.name);
    byName.put("name_prefix", this.namePrefix);
    byName.put("policy", this.policy);
    byName.put("role", this.role);
    return byName;
  }

  @Override
  public Map<String, Object> toTerraform() {
    return TerraformValues.object(values());
  }

  public static final class Builder {
    private String id;
    private String name;
    private String namePrefix;
    private String policy;
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

    public Builder name(String name) {
      this.name = name;
      return this;
    }

    public Builder namePrefix(String namePrefix) {
      this.namePrefix = namePrefix;
      return this;
    }

    public Builder policy(String policy) {
      this.policy = policy;
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

    public IamRolePolicyConfig build() {
      return new IamRolePolicyConfig(this);
    }
  }
}
