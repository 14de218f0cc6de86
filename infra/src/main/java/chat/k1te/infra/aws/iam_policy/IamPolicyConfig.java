// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.iam_policy;

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

/** {@code IamPolicyConfig}. */
public final class IamPolicyConfig implements TerraformStruct {
  private final String description;
  private final String id;
  private final String name;
  private final String namePrefix;
  private final String path;
  private final String policy;
  private final Map<String, String> tags;
  private final Map<String, String> tagsAll;
  private final MetaArguments metaArguments;

  private IamPolicyConfig(Builder builder) {
    this.description = builder.description;
    this.id = builder.id;
    this.name = builder.name;
    this.namePrefix = builder.namePrefix;
    this.path = builder.path;
    this.policy = Objects.requireNonNull(builder.policy, "policy");
    this.tags = builder.tags;
    this.tagsAll = builder.tagsAll;
    this.metaArguments =
        new MetaArguments(
            builder.dependsOn, builder.count, builder.forEach, builder.lifecycle, builder.provider);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** {@code description}. */
  public String getDescription() {
    return description;
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

  /** {@code path}. */
  public String getPath() {
    return path;
  }

  /** {@code policy}. */
  public String getPolicy() {
    return policy;
  }

  /** {@code tags}. */
  public Map<String, String> getTags() {
    return tags;
  }

  /** {@code tags_all}. */
  public Map<String, String> getTagsAll() {
    return tagsAll;
  }

  public MetaArguments getMetaArguments() {
    return metaArguments;
  }

  /** The values by Terraform name, in the provider's order; null when unset. */
  Map<String, Object> values() {
    Map<String, Object> byName = new LinkedHashMap<>();
    byName.put("description", this.description);
    byName.put("id", this.id);
    byName.put("name", this.name);
    byName.put("name_prefix", this.namePrefix);
    byName.put("path", this.path);
    byName.put("policy", this.policy);
    byName.put("tags", this.tags);
    byName.put("tags_all", this.tagsAll);
    return byName;
  }

  @Override
  public Map<String, Object> toTerraform() {
    return TerraformValues.object(values());
  }

  public static final class Builder {
    private String description;
    private String id;
    private String name;
    private String namePrefix;
    private String path;
    private String policy;
    private Map<String, String> tags;
    private Map<String, String> tagsAll;
    private List<? extends ITerraformDependable> dependsOn;
    private Object count;
    private ITerraformIterator forEach;
    private TerraformResourceLifecycle lifecycle;
    private TerraformProvider provider;

    private Builder() {}

    public Builder description(String description) {
      this.description = description;
      return this;
    }

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

    public Builder path(String path) {
      this.path = path;
      return this;
    }

    public Builder policy(String policy) {
      this.policy = policy;
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

    public IamPolicyConfig build() {
      return new IamPolicyConfig(this);
    }
  }
}
