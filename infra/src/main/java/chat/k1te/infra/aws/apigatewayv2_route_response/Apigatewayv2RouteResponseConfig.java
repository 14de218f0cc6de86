// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.apigatewayv2_route_response;

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

/** {@code Apigatewayv2RouteResponseConfig}. */
public final class Apigatewayv2RouteResponseConfig implements TerraformStruct {
  private final String apiId;
  private final String id;
  private final String modelSelectionExpression;
  private final Map<String, String> responseModels;
  private final String routeId;
  private final String routeResponseKey;
  private final MetaArguments metaArguments;

  private Apigatewayv2RouteResponseConfig(Builder builder) {
    this.apiId = Objects.requireNonNull(builder.apiId, "apiId");
    this.id = builder.id;
    this.modelSelectionExpression = builder.modelSelectionExpression;
    this.responseModels = builder.responseModels;
    this.routeId = Objects.requireNonNull(builder.routeId, "routeId");
    this.routeResponseKey = Objects.requireNonNull(builder.routeResponseKey, "routeResponseKey");
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

  /** {@code id}. */
  public String getId() {
    return id;
  }

  /** {@code model_selection_expression}. */
  public String getModelSelectionExpression() {
    return modelSelectionExpression;
  }

  /** {@code response_models}. */
  public Map<String, String> getResponseModels() {
    return responseModels;
  }

  /** {@code route_id}. */
  public String getRouteId() {
    return routeId;
  }

  /** {@code route_response_key}. */
  public String getRouteResponseKey() {
    return routeResponseKey;
  }

  public MetaArguments getMetaArguments() {
    return metaArguments;
  }

  /** The values by Terraform name, in the provider's order; null when unset. */
  Map<String, Object> values() {
    Map<String, Object> byName = new LinkedHashMap<>();
    byName.put("api_id", this.apiId);
    byName.put("id", this.id);
    byName.put("model_selection_expression", this.modelSelectionExpression);
    byName.put("response_models", this.responseModels);
    byName.put("route_id", this.routeId);
    byName.put("route_response_key", this.routeResponseKey);
    return byName;
  }

  @Override
  public Map<String, Object> toTerraform() {
    return TerraformValues.object(values());
  }

  public static final class Builder {
    private String apiId;
    private String id;
    private String modelSelectionExpression;
    private Map<String, String> responseModels;
    private String routeId;
    private String routeResponseKey;
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

    public Builder id(String id) {
      this.id = id;
      return this;
    }

    public Builder modelSelectionExpression(String modelSelectionExpression) {
      this.modelSelectionExpression = modelSelectionExpression;
      return this;
    }

    public Builder responseModels(Map<String, String> responseModels) {
      this.responseModels = responseModels;
      return this;
    }

    public Builder routeId(String routeId) {
      this.routeId = routeId;
      return this;
    }

    public Builder routeResponseKey(String routeResponseKey) {
      this.routeResponseKey = routeResponseKey;
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

    public Apigatewayv2RouteResponseConfig build() {
      return new Apigatewayv2RouteResponseConfig(this);
    }
  }
}
