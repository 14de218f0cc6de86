// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.api_gateway_account;

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

/** {@code ApiGatewayAccountConfig}. */
public final class ApiGatewayAccountConfig implements TerraformStruct {
  private final String cloudwatchRoleArn;
  private final String id;
  private final MetaArguments metaArguments;

  private ApiGatewayAccountConfig(Builder builder) {
    this.cloudwatchRoleArn = builder.cloudwatchRoleArn;
    this.id = builder.id;
    this.metaArguments =
        new MetaArguments(
            builder.dependsOn, builder.count, builder.forEach, builder.lifecycle, builder.provider);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** {@code cloudwatch_role_arn}. */
  public String getCloudwatchRoleArn() {
    return cloudwatchRoleArn;
  }

  /** {@code id}. */
  public String getId() {
    return id;
  }

  public MetaArguments getMetaArguments() {
    return metaArguments;
  }

  /** The values by Terraform name, in the provider's order; null when unset. */
  Map<String, Object> values() {
    Map<String, Object> byName = new LinkedHashMap<>();
    byName.put("cloudwatch_role_arn", this.cloudwatchRoleArn);
    byName.put("id", this.id);
    return byName;
  }

  @Override
  public Map<String, Object> toTerraform() {
    return TerraformValues.object(values());
  }

  public static final class Builder {
    private String cloudwatchRoleArn;
    private String id;
    private List<? extends ITerraformDependable> dependsOn;
    private Object count;
    private ITerraformIterator forEach;
    private TerraformResourceLifecycle lifecycle;
    private TerraformProvider provider;

    private Builder() {}

    public Builder cloudwatchRoleArn(String cloudwatchRoleArn) {
      this.cloudwatchRoleArn = cloudwatchRoleArn;
      return this;
    }

    public Builder id(String id) {
      this.id = id;
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

    public ApiGatewayAccountConfig build() {
      return new ApiGatewayAccountConfig(this);
    }
  }
}
