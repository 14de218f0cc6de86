// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.iam_role;

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
import java.util.Objects;

/** {@code IamRoleConfig}. */
public final class IamRoleConfig implements TerraformStruct {
  private final String assumeRolePolicy;
  private final String description;
  private final Object forceDetachPolicies;
  private final String id;
  private final List<String> managedPolicyArns;
  private final Number maxSessionDuration;
  private final String name;
  private final String namePrefix;
  private final String path;
  private final String permissionsBoundary;
  private final Map<String, String> tags;
  private final Map<String, String> tagsAll;
  private final IResolvable inlinePolicy;
  private final MetaArguments metaArguments;

  private IamRoleConfig(Builder builder) {
    this.assumeRolePolicy = Objects.requireNonNull(builder.assumeRolePolicy, "assumeRolePolicy");
    this.description = builder.description;
    this.forceDetachPolicies = builder.forceDetachPolicies;
    this.id = builder.id;
    this.managedPolicyArns = builder.managedPolicyArns;
    this.maxSessionDuration = builder.maxSessionDuration;
    this.name = builder.name;
    this.namePrefix = builder.namePrefix;
    this.path = builder.path;
    this.permissionsBoundary = builder.permissionsBoundary;
    this.tags = builder.tags;
    this.tagsAll = builder.tagsAll;
    this.inlinePolicy = builder.inlinePolicy;
    this.metaArguments =
        new MetaArguments(
            builder.dependsOn, builder.count, builder.forEach, builder.lifecycle, builder.provider);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** {@code assume_role_policy}. */
  public String getAssumeRolePolicy() {
    return assumeRolePolicy;
  }

  /** {@code description}. */
  public String getDescription() {
    return description;
  }

  /** {@code force_detach_policies}. */
  public Object getForceDetachPolicies() {
    return forceDetachPolicies;
  }

  /** {@code id}. */
  public String getId() {
    return id;
  }

  /** {@code managed_policy_arns}. */
  public List<String> getManagedPolicyArns() {
    return managedPolicyArns;
  }

  /** {@code max_session_duration}. */
  public Number getMaxSessionDuration() {
    return maxSessionDuration;
  }

  /** {@code name}. */
  public String getName() {
    return name;
  }

  /** {@code name_prefix}. */
  public String getNamePrefix() {
    return namePrefix;
  }

  /** {@code path}. */
  public String getPath() {
    return path;
  }

  /** {@code permissions_boundary}. */
  public String getPermissionsBoundary() {
    return permissionsBoundary;
  }

  /** {@code tags}. */
  public Map<String, String> getTags() {
    return tags;
  }

  /** {@code tags_all}. */
  public Map<String, String> getTagsAll() {
    return tagsAll;
  }

  /** {@code inline_policy}. */
  public IResolvable getInlinePolicy() {
    return inlinePolicy;
  }

  public MetaArguments getMetaArguments() {
    return metaArguments;
  }

  /** The values by Terraform name, in the provider's order; null when unset. */
  Map<String, Object> values() {
    Map<String, Object> byName = new LinkedHashMap<>();
    byName.put("assume_role_policy", this.assumeRolePolicy);
    byName.put("description", this.description);
    byName.put("force_detach_policies", this.forceDetachPolicies);
    byName.put("id", this.id);
    byName.put("managed_policy_arns", this.managedPolicyArns);
    byName.put("max_session_duration", this.maxSessionDuration);
    byName.put("name", this.name);
    byName.put("name_prefix", this.namePrefix);
    byName.put("path", this.path);
    byName.put("permissions_boundary", this.permissionsBoundary);
    byName.put("tags", this.tags);
    byName.put("tags_all", this.tagsAll);
    byName.put("inline_policy", this.inlinePolicy);
    return byName;
  }

  @Override
  public Map<String, Object> toTerraform() {
    return TerraformValues.object(values());
  }

  public static final class Builder {
    private String assumeRolePolicy;
    private String description;
    private Object forceDetachPolicies;
    private String id;
    private List<String> managedPolicyArns;
    private Number maxSessionDuration;
    private String name;
    private String namePrefix;
    private String path;
    private String permissionsBoundary;
    private Map<String, String> tags;
    private Map<String, String> tagsAll;
    private IResolvable inlinePolicy;
    private List<? extends ITerraformDependable> dependsOn;
    private Object count;
    private ITerraformIterator forEach;
    private TerraformResourceLifecycle lifecycle;
    private TerraformProvider provider;

    private Builder() {}

    public Builder assumeRolePolicy(String assumeRolePolicy) {
      this.assumeRolePolicy = assumeRolePolicy;
      return this;
    }

    public Builder description(String description) {
      this.description = description;
      return this;
    }

    public Builder forceDetachPolicies(Boolean forceDetachPolicies) {
      this.forceDetachPolicies = forceDetachPolicies;
      return this;
    }

    public Builder forceDetachPolicies(IResolvable forceDetachPolicies) {
      this.forceDetachPolicies = forceDetachPolicies;
      return this;
    }

    public Builder id(String id) {
      this.id = id;
      return this;
    }

    public Builder managedPolicyArns(List<String> managedPolicyArns) {
      this.managedPolicyArns = managedPolicyArns;
      return this;
    }

    public Builder maxSessionDuration(Number maxSessionDuration) {
      this.maxSessionDuration = maxSessionDuration;
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

    public Builder path(String path) {
      this.path = path;
      return this;
    }

    public Builder permissionsBoundary(String permissionsBoundary) {
      this.permissionsBoundary = permissionsBoundary;
      return this;
    }

    public Builder tags(Map<String, String> tags) {
      this.tags = tags;
      return this;
    }

    public Builder tagsAll(Map<String, String> tagsAll) {
      this.tagsAll = tagsAll;
      return this;
    }

    public Builder inlinePolicy(IResolvable inlinePolicy) {
      this.inlinePolicy = inlinePolicy;
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

    public IamRoleConfig build() {
      return new IamRoleConfig(this);
    }
  }
}
