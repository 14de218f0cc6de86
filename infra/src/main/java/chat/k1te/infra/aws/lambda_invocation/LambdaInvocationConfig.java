// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.lambda_invocation;

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

/** {@code LambdaInvocationConfig}. */
public final class LambdaInvocationConfig implements TerraformStruct {
  private final String functionName;
  private final String id;
  private final String input;
  private final String lifecycleScope;
  private final String qualifier;
  private final String terraformKey;
  private final Map<String, String> triggers;
  private final MetaArguments metaArguments;

  private LambdaInvocationConfig(Builder builder) {
    this.functionName = Objects.requireNonNull(builder.functionName, "functionName");
    this.id = builder.id;
    this.input = Objects.requireNonNull(builder.input, "input");
    this.lifecycleScope = builder.lifecycleScope;
    this.qualifier = builder.qualifier;
    this.terraformKey = builder.terraformKey;
    this.triggers = builder.triggers;
    this.metaArguments =
        new MetaArguments(
            builder.dependsOn, builder.count, builder.forEach, builder.lifecycle, builder.provider);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** {@code function_name}. */
  public String getFunctionName() {
    return functionName;
  }

  /** {@code id}. */
  public String getId() {
    return id;
  }

  /** {@code input}. */
  public String getInput() {
    return input;
  }

  /** {@code lifecycle_scope}. */
  public String getLifecycleScope() {
    return lifecycleScope;
  }

  /** {@code qualifier}. */
  public String getQualifier() {
    return qualifier;
  }

  /** {@code terraform_key}. */
  public String getTerraformKey() {
    return terraformKey;
  }

  /** {@code triggers}. */
  public Map<String, String> getTriggers() {
    return triggers;
  }

  public MetaArguments getMetaArguments() {
    return metaArguments;
  }

  /** The values by Terraform name, in the provider's order; null when unset. */
  Map<String, Object> values() {
    Map<String, Object> byName = new LinkedHashMap<>();
    byName.put("function_name", this.functionName);
    byName.put("id", this.id);
    byName.put("input", this.input);
    byName.put("lifecycle_scope", this.lifecycleScope);
    byName.put("qualifier", this.qualifier);
    byName.put("terraform_key", this.terraformKey);
    byName.put("triggers", this.triggers);
    return byName;
  }

  @Override
  public Map<String, Object> toTerraform() {
    return TerraformValues.object(values());
  }

  public static final class Builder {
    private String functionName;
    private String id;
    private String input;
    private String lifecycleScope;
    private String qualifier;
    private String terraformKey;
    private Map<String, String> triggers;
    private List<? extends ITerraformDependable> dependsOn;
    private Object count;
    private ITerraformIterator forEach;
    private TerraformResourceLifecycle lifecycle;
    private TerraformProvider provider;

    private Builder() {}

    public Builder functionName(String functionName) {
      this.functionName = functionName;
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

    public Builder lifecycleScope(String lifecycleScope) {
      this.lifecycleScope = lifecycleScope;
      return this;
    }

    public Builder qualifier(String qualifier) {
      this.qualifier = qualifier;
      return this;
    }

    public Builder terraformKey(String terraformKey) {
      this.terraformKey = terraformKey;
      return this;
    }

    public Builder triggers(Map<String, String> triggers) {
      this.triggers = triggers;
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

    public LambdaInvocationConfig build() {
      return new LambdaInvocationConfig(this);
    }
  }
}
