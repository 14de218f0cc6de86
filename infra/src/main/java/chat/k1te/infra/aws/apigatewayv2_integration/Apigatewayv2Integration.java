// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.apigatewayv2_integration;

import chat.k1te.infra.aws.TerraformValues;
import chat.k1te.infra.aws.provider.AwsProviderMetadata;
import com.hashicorp.cdktf.IResolvable;
import com.hashicorp.cdktf.TerraformResource;
import java.util.Map;
import software.constructs.Construct;

/** Represents a {@code aws_apigatewayv2_integration}. */
public class Apigatewayv2Integration extends TerraformResource {
  public static final String TF_RESOURCE_TYPE = "aws_apigatewayv2_integration";

  private final Map<String, Object> values;

  public Apigatewayv2Integration(Construct scope, String id, Apigatewayv2IntegrationConfig config) {
    super(scope, id, config.getMetaArguments().config(TF_RESOURCE_TYPE, AwsProviderMetadata.METADATA));
    this.values = config.values();
  }

  public void setApiId(String value) {
    values.put("api_id", value);
  }

  public void setConnectionId(String value) {
    values.put("connection_id", value);
  }

  public void setConnectionType(String value) {
    values.put("connection_type", value);
  }

  public void setContentHandlingStrategy(String value) {
    values.put("content_handling_strategy", value);
  }

  public void setCredentialsArn(String value) {
    values.put("credentials_arn", value);
  }

  public void setDescription(String value) {
    values.put("description", value);
  }

  public void setId(String value) {
    values.put("id", value);
  }

  public void setIntegrationMethod(String value) {
    values.put("integration_method", value);
  }

  public void setIntegrationSubtype(String value) {
    values.put("integration_subtype", value);
  }

  public void setIntegrationType(String value) {
    values.put("integration_type", value);
  }

  public void setIntegrationUri(String value) {
    values.put("integration_uri", value);
  }

  public void setPassthroughBehavior(String value) {
    values.put("passthrough_behavior", value);
  }

  public void setPayloadFormatVersion(String value) {
    values.put("payload_format_version", value);
  }

  public void setRequestParameters(Map<String, String> value) {
    values.put("request_parameters", value);
  }

  public void setRequestTemplates(Map<String, String> value) {
    values.put("request_templates", value);
  }

  public void setTemplateSelectionExpression(String value) {
    values.put("template_selection_expression", value);
  }

  public void setTimeoutMilliseconds(Number value) {
    values.put("timeout_milliseconds", value);
  }

  public void setResponseParameters(IResolvable value) {
    values.put("response_parameters", value);
  }

  public String getApiId() {
    return getStringAttribute("api_id");
  }

  public String getConnectionId() {
    return getStringAttribute("connection_id");
  }

  public String getConnectionType() {
    return getStringAttribute("connection_type");
  }

  public String getContentHandlingStrategy() {
    return getStringAttribute("content_handling_strategy");
  }

  public String getCredentialsArn() {
    return getStringAttribute("credentials_arn");
  }

  public String getDescription() {
    return getStringAttribute("description");
  }

  public String getId() {
    return getStringAttribute("id");
  }

  public String getIntegrationMethod() {
    return getStringAttribute("integration_method");
  }

  public String getIntegrationResponseSelectionExpression() {
    return getStringAttribute("integration_response_selection_expression");
  }

  public String getIntegrationSubtype() {
    return getStringAttribute("integration_subtype");
  }

  public String getIntegrationType() {
    return getStringAttribute("integration_type");
  }

  public String getIntegrationUri() {
    return getStringAttribute("integration_uri");
  }

  public String getPassthroughBehavior() {
    return getStringAttribute("passthrough_behavior");
  }

  public String getPayloadFormatVersion() {
    return getStringAttribute("payload_format_version");
  }

  public Map<String, String> getRequestParameters() {
    return getStringMapAttribute("request_parameters");
  }

  public Map<String, String> getRequestTemplates() {
    return getStringMapAttribute("request_templates");
  }

  public String getTemplateSelectionExpression() {
    return getStringAttribute("template_selection_expression");
  }

  public Number getTimeoutMilliseconds() {
    return getNumberAttribute("timeout_milliseconds");
  }

  @Override
  protected Map<String, Object> synthesizeAttributes() {
    return TerraformValues.object(values);
  }
}
