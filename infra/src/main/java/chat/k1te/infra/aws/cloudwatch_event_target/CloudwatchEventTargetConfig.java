// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.cloudwatch_event_target;

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

/** {@code CloudwatchEventTargetConfig}. */
public final class CloudwatchEventTargetConfig implements TerraformStruct {
  private final String arn;
  private final String eventBusName;
  private final String id;
  private final String input;
  private final String inputPath;
  private final String roleArn;
  private final String rule;
  private final String targetId;
  private final IResolvable runCommandTargets;
  private final MetaArguments metaArguments;

  private CloudwatchEventTargetConfig(Builder builder) {
    this.arn = Objects.requireNonNull(builder.arn, "arn");
    this.eventBusName = builder.eventBusName;
    this.id = builder.id;
    this.input = builder.input;
    this.inputPath = builder.inputPath;
    this.roleArn = builder.roleArn;
    this.rule = Objects.requireNonNull(builder.rule, "rule");
    this.targetId = builder.targetId;
    this.runCommandTargets = builder.runCommandTargets;
    this.metaArguments =
        new MetaArguments(
            builder.dependsOn, builder.count, builder.forEach, builder.lifecycle, builder.provider);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** {@code arn}. */
  public String getArn() {
    return arn;
  }

  /** {@code event_bus_name}. */
  public String getEventBusName() {
    return eventBusName;
  }

  /** {@code id}. */
  public String getId() {
    return id;
  }

  /** {@code input}. */
  public String getInput() {
    return input;
  }

  /** {@code input_path}. */
  public String getInputPath() {
    return inputPath;
  }

  /** {@code role_arn}. */
  public String getRoleArn() {
    return roleArn;
  }

  /** {@code rule}. */
  public String getRule() {
    return rule;
  }

  /** {@code target_id}. */
  public String getTargetId() {
    return targetId;
  }

  /** {@code run_command_targets}. */
  public IResolvable getRunCommandTargets() {
    return runCommandTargets;
  }

  public MetaArguments getMetaArguments() {
    return metaArguments;
  }

  /** The values by Terraform name, in the provider's order; null when unset. */
  Map<String, Object> values() {
    Map<String, Object> byName = new LinkedHashMap<>();
    byName.put("arn", this.arn);
    byName.put("event_bus_name", this.eventBusName);
    byName.put("id", this.id);
    byName.put("input", this.input);
    byName.put("input_path", this.inputPath);
    byName.put("role_arn", this.roleArn);
    byName.put("rule", this.rule);
    byName.put("target_id", this.targetId);
    byName.put("run_command_targets", this.runCommandTargets);
    return byName;
  }

  @Override
  public Map<String, Object> toTerraform() {
    return TerraformValues.object(values());
  }

  public static final class Builder {
    private String arn;
    private String eventBusName;
    private String id;
    private String input;
    private String inputPath;
    private String roleArn;
    private String rule;
    private String targetId;
    private IResolvable runCommandTargets;
    private List<? extends ITerraformDependable> dependsOn;
    private Object count;
    private ITerraformIterator forEach;
    private TerraformResourceLifecycle lifecycle;
    private TerraformProvider provider;

    private Builder() {}

    public Builder arn(String arn) {
      this.arn = arn;
      return this;
    }

    public Builder eventBusName(String eventBusName) {
      this.eventBusName = eventBusName;
      return this;
    }

    public Builder id(String id) {
      this.id = id;
      return this;
    }

    public Builder input(String input) {
      this.input = input;
      return this;
    }

    public Builder inputPath(String inputPath) {
      this.inputPath = inputPath;
      return this;
    }

    public Builder roleArn(String roleArn) {
      this.roleArn = roleArn;
      return this;
    }

    public Builder rule(String rule) {
      this.rule = rule;
      return this;
    }

    public Builder targetId(String targetId) {
      this.targetId = targetId;
      return this;
    }

    public Builder runCommandTargets(IResolvable runCommandTargets) {
      this.runCommandTargets = runCommandTargets;
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

    public CloudwatchEventTargetConfig build() {
      return new CloudwatchEventTargetConfig(this);
    }
  }
}
