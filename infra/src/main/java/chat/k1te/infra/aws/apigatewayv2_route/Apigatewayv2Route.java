// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.apigatewayv2_route;

import chat.k1te.infra.aws.TerraformValues;
import chat.k1te.infra.aws.provider.AwsProviderMetadata;
import com.hashicorp.cdktf.Fn;
import com.hashicorp.cdktf.IResolvable;
import com.hashicorp.cdktf.TerraformResource;
import java.util.List;
import java.util.Map;
import software.constructs.Construct;

/** Represents a {@code aws_apigatewayv2_route}. */
public class Apigatewayv2Route extends TerraformResource {
  public static final String TF_RESOURCE_TYPE = "aws_apigatewayv2_route";

  private final Map<String, Object> values;

  public Apigatewayv2Route(Construct scope, String id, Apigatewayv2RouteConfig config) {
    super(scope, id, config.getMetaArguments().config(TF_RESOURCE_TYPE, AwsProviderMetadata.METADATA));
    this.values = config.values();
  }

  public void setApiId(String value) {
    values.put("api_id", value);
  }

  public void setApiKeyRequired(Boolean value) {
    values.put("api_key_required", value);
  }

  public void setApiKeyRequired(IResolvable value) {
    values.put("api_key_required", value);
  }

  public void setAuthorizationScopes(List<String> value) {
    values.put("authorization_scopes", value);
  }

  public void setAuthorizationType(String value) {
    values.put("authorization_type", value);
  }

  public void setAuthorizerId(String value) {
    values.put("authorizer_id", value);
  }

  public void setId(String value) {
    values.put("id", value);
  }

  public void setModelSelectionExpression(String value) {
    values.put("model_selection_expression", value);
  }

  public void setOperationName(String value) {
    values.put("operation_name", value);
  }

  public void setRequestModels(Map<String, String> value) {
    values.put("request_models", value);
  }

  public void setRouteKey(String value) {
    values.put("route_key", value);
  }

  public void setRouteResponseSelectionExpression(String value) {
    values.put("route_response_selection_expression", value);
  }

  public void setTarget(String value) {
    values.put("target", value);
  }

  public void setRequestParameter(IResolvable value) {
    values.put("request_parameter", value);
  }

  public String getApiId() {
    return getStringAttribute("api_id");
  }

  public IResolvable getApiKeyRequired() {
    return getBooleanAttribute("api_key_required");
  }

  public List<String> getAuthorizationScopes() {
    return Fn.tolist(getListAttribute("authorization_scopes"));
  }

  public String getAuthorizationType() {
    return getStringAttribute("authorization_type");
  }

  public String getAuthorizerId() {
    return getStringAttribute("authorizer_id");
  }

  public String getId() {
    return getStringAttribute("id");
  }

  public String getModelSelectionExpression() {
    return getStringAttribute("model_selection_expression");
  }

  public String getOperationName() {
    return getStringAttribute("operation_name");
  }

  public Map<String, String> getRequestModels() {
    return getStringMapAttribute("request_models");
  }

  public String getRouteKey() {
    return getStringAttribute("route_key");
  }

  public String getRouteResponseSelectionExpression() {
    return getStringAttribute("route_response_selection_expression");
  }

  public String getTarget() {
    return getStringAttribute("target");
  }

  @Override
  protected Map<String, Object> synthesizeAttributes() {
    return TerraformValues.object(values);
  }
}
