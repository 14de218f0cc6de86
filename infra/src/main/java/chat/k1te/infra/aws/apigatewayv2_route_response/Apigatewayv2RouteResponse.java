// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.apigatewayv2_route_response;

import chat.k1te.infra.aws.TerraformValues;
import chat.k1te.infra.aws.provider.AwsProviderMetadata;
import com.hashicorp.cdktf.TerraformResource;
import java.util.Map;
import software.constructs.Construct;

/** Represents a {@code aws_apigatewayv2_route_response}. */
public class Apigatewayv2RouteResponse extends TerraformResource {
  public static final String TF_RESOURCE_TYPE = "aws_apigatewayv2_route_response";

  private final Map<String, Object> values;

  public Apigatewayv2RouteResponse(Construct scope, String id, Apigatewayv2RouteResponseConfig config) {
    super(scope, id, config.getMetaArguments().config(TF_RESOURCE_TYPE, AwsProviderMetadata.METADATA));
    this.values = config.values();
  }

  public void setApiId(String value) {
    values.put("api_id", value);
  }

  public void setId(String value) {
    values.put("id", value);
  }

  public void setModelSelectionExpression(String value) {
    values.put("model_selection_expression", value);
  }

  public void setResponseModels(Map<String, String> value) {
    values.put("response_models", value);
  }

  public void setRouteId(String value) {
    values.put("route_id", value);
  }

  public void setRouteResponseKey(String value) {
    values.put("route_response_key", value);
  }

  public String getApiId() {
    return getStringAttribute("api_id");
  }

  public String getId() {
    return getStringAttribute("id");
  }

  public String getModelSelectionExpression() {
    return getStringAttribute("model_selection_expression");
  }

  public Map<String, String> getResponseModels() {
    return getStringMapAttribute("response_models");
  }

  public String getRouteId() {
    return getStringAttribute("route_id");
  }

  public String getRouteResponseKey() {
    return getStringAttribute("route_response_key");
  }

  @Override
  protected Map<String, Object> synthesizeAttributes() {
    return TerraformValues.object(values);
  }
}
