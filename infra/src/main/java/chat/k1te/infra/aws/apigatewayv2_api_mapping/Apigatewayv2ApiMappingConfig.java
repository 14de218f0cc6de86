// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.apigatewayv2_api_mapping;

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

/** {@code Apigatewayv2ApiMappingConfig}. */
public final class Apigatewayv2ApiMappingConfig implements TerraformStruct {
  private final String apiId;
  private final String apiMappingKey;
  private final String domainName;
  private final String id;
  private final String stage;
  private final MetaArguments metaArguments;

  private Apigatewayv2ApiMappingConfig(Builder builder) {
    this.apiId = Objects.requireNonNull(builder.apiId, "apiId");
    this.apiMappingKey = builder.apiMappingKey;
    this.domainName = Objects.requireNonNull(builder.domainName, "domainName");
    this.id = builder.id;
    this.stage = Objects.requireNonNull(builder.stage, "stage");
    this.metaArguments =
        new MetaArguments(
            builder.dependsOn, builder.count, builder.forEach, builder.lifecycle, builder.provider);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** {@code api_id}. */
  public String getApiId() {
    return apiId;
  }

  /** {@code api_mapping_key}. */
  public String getApiMappingKey() {
    return apiMappingKey;
  }

  /** {@code domain_name}. */
  public String getDomainName() {
    return domainName;
  }

  /** {@code id}. */
  public String getId() {
    return id;
  }

  /** {@code stage}. */
  public String getStage() {
    return stage;
  }

  public MetaArguments getMetaArguments() {
    return metaArguments;
  }

  /** The values by Terraform name, in the provider's order; null when unset. */
  Map<String, Object> values() {
    Map<String, Object> byName = new LinkedHashMap<>();
    byName.put("api_id", this.apiId);
    byName.put("api_mapping_key", this.apiMappingKey);
    byName.put("domain_name", this.domainName);
    byName.put("id", this.id);
    byName.put("stage", this.stage);
    return byName;
  }

  @Override
  public Map<String, Object> toTerraform() {
    return TerraformValues.object(values());
  }

  public static final class Builder {
    private String apiId;
    private String apiMappingKey;
    private String domainName;
    private String id;
    private String stage;
    private List<? extends ITerraformDependable> dependsOn;
    private Object count;
    private ITerraformIterator forEach;
    private TerraformResourceLifecycle lifecycle;
    private TerraformProvider provider;

    private Builder() {}

    public Builder apiId(String apiId) {
      this.apiId = apiId;
      return this;
    }

    public Builder apiMappingKey(String apiMappingKey) {
      this.apiMappingKey = apiMappingKey;
      return this;
    }

    public Builder domainName(String domainName) {
      this.domainName = domainName;
      return this;
    }

    public Builder id(String id) {
      this.id = id;
      return this;
    }

    public Builder stage(String stage) {
      this.stage = stage;
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

    public Apigatewayv2ApiMappingConfig build() {
      return new Apigatewayv2ApiMappingConfig(this);
    }
  }
}
