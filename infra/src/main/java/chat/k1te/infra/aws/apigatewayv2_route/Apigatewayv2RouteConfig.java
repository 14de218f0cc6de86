// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.apigatewayv2_route;

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

/** {@code Apigatewayv2RouteConfig}. */
public final class Apigatewayv2RouteConfig implements TerraformStruct {
  private final String apiId;
  private final Object apiKeyRequired;
  private final List<String> authorizationScopes;
  private final String authorizationType;
  private final String authorizerId;
  private final String id;
  private final String modelSelectionExpression;
  private final String operationName;
  private final Map<String, String> requestModels;
  private final String routeKey;
  private final String routeResponseSelectionExpression;
  private final String target;
  private final IResolvable requestParameter;
  private final MetaArguments metaArguments;

  private Apigatewayv2RouteConfig(Builder builder) {
    this.apiId = Objects.requireNonNull(builder.apiId, "apiId");
    this.apiKeyRequired = builder.apiKeyRequired;
    this.authorizationScopes = builder.authorizationScopes;
    this.authorizationType = builder.authorizationType;
    this.authorizerId = builder.authorizerId;
    this.id = builder.id;
    this.modelSelectionExpression = builder.modelSelectionExpression;
    this.operationName = builder.operationName;
    this.requestModels = builder.requestModels;
    this.routeKey = Objects.requireNonNull(builder.routeKey, "routeKey");
    this.routeResponseSelectionExpression = builder.routeResponseSelectionExpression;
    this.target = builder.target;
    this.requestParameter = builder.requestParameter;
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

  /** {@code api_key_required}. */
  public Object getApiKeyRequired() {
    return apiKeyRequired;
  }

  /** {@code authorization_scopes}. */
  public List<String> getAuthorizationScopes() {
    return authorizationScopes;
  }

  /** {@code authorization_type}. */
  public String getAuthorizationType() {
    return authorizationType;
  }

  /** {@code authorizer_id}. */
  public String getAuthorizerId() {
    return authorizerId;
  }

  /** {@code id}. */
  public String getId() {
    return id;
  }

  /** {@code model_selection_expression}. */
  public String getModelSelectionExpression() {
    return modelSelectionExpression;
  }

  /** {@code operation_name}. */
  public String getOperationName() {
    return operationName;
  }

  /** {@code request_models}. */
  public Map<String, String> getRequestModels() {
    return requestModels;
  }

  /** {@code route_key}. */
  public String getRouteKey() {
    return routeKey;
  }

  /** {@code route_response_selection_expression}. */
  public String getRouteResponseSelectionExpression() {
    return routeResponseSelectionExpression;
  }

  /** {@code target}. */
  public String getTarget() {
    return target;
  }

  /** {@code request_parameter}. */
  public IResolvable getRequestParameter() {
    return requestParameter;
  }

  public MetaArguments getMetaArguments() {
    return metaArguments;
  }

  /** The values by Terraform name, in the provider's order; null when unset. */
  Map<String, Object> values() {
    Map<String, Object> byName = new LinkedHashMap<>();
    byName.put("api_id", this.apiId);
    byName.put("api_key_required", this.apiKeyRequired);
    byName.put("authorization_scopes", this.authorizationScopes);
    byName.put("authorization_type", this.authorizationType);
    byName.put("authorizer_id", this.authorizerId);
    byName.put("id", this.id);
    byName.put("model_selection_expression", this.modelSelectionExpression);
    byName.put("operation_name", this.operationName);
    byName.put("request_models", this.requestModels);
    byName.put("route_key", this.routeKey);
    byName.put("route_response_selection_expression", this.routeResponseSelectionExpression);
    byName.put("target", this.target);
    byName.put("request_parameter", this.requestParameter);
    return byName;
  }

  @Override
  public Map<String, Object> toTerraform() {
    return TerraformValues.object(values());
  }

  public static final class Builder {
    private String apiId;
    private Object apiKeyRequired;
    private List<String> authorizationScopes;
    private String authorizationType;
    private String authorizerId;
    private String id;
    private String modelSelectionExpression;
    private String operationName;
    private Map<String, String> requestModels;
    private String routeKey;
    private String routeResponseSelectionExpression;
    private String target;
    private IResolvable requestParameter;
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

    public Builder apiKeyRequired(Boolean apiKeyRequired) {
      this.apiKeyRequired = apiKeyRequired;
      return this;
    }

    public Builder apiKeyRequired(IResolvable apiKeyRequired) {
      this.apiKeyRequired = apiKeyRequired;
      return this;
    }

    public Builder authorizationScopes(List<String> authorizationScopes) {
      this.authorizationScopes = authorizationScopes;
      return this;
    }

    public Builder authorizationType(String authorizationType) {
      this.authorizationType = authorizationType;
      return this;
    }

    public Builder authorizerId(String authorizerId) {
      this.authorizerId = authorizerId;
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

    public Builder operationName(String operationName) {
      this.operationName = operationName;
      return this;
    }

    public Builder requestModels(Map<String, String> requestModels) {
      this.requestModels = requestModels;
      return this;
    }

    public Builder routeKey(String routeKey) {
      this.routeKey = routeKey;
      return this;
    }

    public Builder routeResponseSelectionExpression(String routeResponseSelectionExpression) {
      this.routeResponseSelectionExpression = routeResponseSelectionExpression;
      return this;
    }

    public Builder target(String target) {
      this.target = target;
      return this;
    }

    public Builder requestParameter(IResolvable requestParameter) {
      this.requestParameter = requestParameter;
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

    public Apigatewayv2RouteConfig build() {
      return new Apigatewayv2RouteConfig(this);
    }
  }
}
