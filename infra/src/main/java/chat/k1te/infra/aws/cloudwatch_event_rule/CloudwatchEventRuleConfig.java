// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.cloudwatch_event_rule;

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

/** {@code CloudwatchEventRuleConfig}. */
public final class CloudwatchEventRuleConfig implements TerraformStruct {
  private final String description;
  private final String eventBusName;
  private final String eventPattern;
  private final String id;
  private final Object isEnabled;
  private final String name;
  private final String namePrefix;
  private final String roleArn;
  private final String scheduleExpression;
  private final Map<String, String> tags;
  private final Map<String, String> tagsAll;
  private final MetaArguments metaArguments;

  private CloudwatchEventRuleConfig(Builder builder) {
    this.description = builder.description;
    this.eventBusName = builder.eventBusName;
    this.eventPattern = builder.eventPattern;
    this.id = builder.id;
    this.isEnabled = builder.isEnabled;
    this.name = builder.name;
    this.namePrefix = builder.namePrefix;
    this.roleArn = builder.roleArn;
    this.scheduleExpression = builder.scheduleExpression;
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

  /** {@code event_bus_name}. */
  public String getEventBusName() {
    return eventBusName;
  }

  /** {@code event_pattern}. */
  public String getEventPattern() {
    return eventPattern;
  }

  /** {@code id}. */
  public String getId() {
    return id;
  }

  /** {@code is_enabled}. */
  public Object getIsEnabled() {
    return isEnabled;
  }

  /** {@code name}. */
  public String getName() {
    return name;
  }

  /** {@code name_prefix}. */
  public String getNamePrefix() {
    return namePrefix;
  }

  /** {@code role_arn}. */
  public String getRoleArn() {
    return roleArn;
  }

  /** {@code schedule_expression}. */
  public String getScheduleExpression() {
    return scheduleExpression;
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
    byName.put("event_bus_name", this.eventBusName);
    byName.put("event_pattern", this.eventPattern);
    byName.put("id", this.id);
    byName.put("is_enabled", this.isEnabled);
    byName.put("name", this.name);
    byName.put("name_prefix", this.namePrefix);
    byName.put("role_arn", this.roleArn);
    byName.put("schedule_expression", this.scheduleExpression);
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
    private String eventBusName;
    private String eventPattern;
    private String id;
    private Object isEnabled;
    private String name;
    private String namePrefix;
    private String roleArn;
    private String scheduleExpression;
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

    public Builder eventBusName(String eventBusName) {
      this.eventBusName = eventBusName;
      return this;
    }

    public Builder eventPattern(String eventPattern) {
      this.eventPattern = eventPattern;
      return this;
    }

    public Builder id(String id) {
      this.id = id;
      return this;
    }

    public Builder isEnabled(Boolean isEnabled) {
      this.isEnabled = isEnabled;
      return this;
    }

    public Builder isEnabled(IResolvable isEnabled) {
      this.isEnabled = isEnabled;
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

    public Builder roleArn(String roleArn) {
      this.roleArn = roleArn;
      return this;
    }

    public Builder scheduleExpression(String scheduleExpression) {
      this.scheduleExpression = scheduleExpression;
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

    public CloudwatchEventRuleConfig build() {
      return new CloudwatchEventRuleConfig(this);
    }
  }
}
