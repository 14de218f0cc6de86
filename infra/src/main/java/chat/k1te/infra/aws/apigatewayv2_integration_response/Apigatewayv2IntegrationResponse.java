// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.apigatewayv2_integration_response;

import chat.k1te.infra.aws.TerraformValues;
import chat.k1te.infra.aws.provider.AwsProviderMetadata;
import com.hashicorp.cdktf.TerraformResource;
import java.util.Map;
import software.constructs.Construct;

/** Represents a {@code aws_apigatewayv2_integration_response}. */
public class Apigatewayv2IntegrationResponse extends TerraformResource {
  public static final String TF_RESOURCE_TYPE = "aws_apigatewayv2_integration_response";

  private final Map<String, Object> values;

  public Apigatewayv2IntegrationResponse(Construct scope, String id, Apigatewayv2IntegrationResponseConfig config) {
    super(scope, id, config.getMetaArguments().config(TF_RESOURCE_TYPE, AwsProviderMetadata.METADATA));
    this.values = config.values();
  }

  public void setApiId(String value) {
    values.put("api_id", value);
  }

  public void setContentHandlingStrategy(String value) {
    values.put("content_handling_strategy", value);
  }

  public void setId(String value) {
    values.put("id", value);
  }

  public void setIntegrationId(String value) {
    values.put("integration_id", value);
  }

  public void setIntegrationResponseKey(String value) {
    values.put("integration_response_key", value);
  }

  public void setResponseTemplates(Map<String, String> value) {
    values.put("response_templates", value);
  }

  public void setTemplateSelectionExpression(String value) {
    values.put("template_selection_expression", value);
  }

  public String getApiId() {
    return getStringAttribute("api_id");
  }

  public String getContentHandlingStrategy() {
    return getStringAttribute("content_handling_strategy");
  }

  public String getId() {
    return getStringAttribute("id");
  }

  public String getIntegrationId() {
    return getStringAttribute("integration_id");
  }

  public String getIntegrationResponseKey() {
    return getStringAttribute("integration_response_key");
  }

  public Map<String, String> getResponseTemplates() {
    return getStringMapAttribute("response_templates");
  }

  public String getTemplateSelectionExpression() {
    return getStringAttribute("template_selection_expression");
  }

  @Override
  protected Map<String, Object> synthesizeAttributes() {
    return TerraformValues.object(values);
  }
}
