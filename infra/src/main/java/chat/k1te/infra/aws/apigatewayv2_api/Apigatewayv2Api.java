// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.apigatewayv2_api;

import chat.k1te.infra.aws.TerraformValues;
import chat.k1te.infra.aws.provider.AwsProviderMetadata;
import com.hashicorp.cdktf.IResolvable;
import com.hashicorp.cdktf.TerraformResource;
import java.util.Map;
import software.constructs.Construct;

/** Represents a {@code aws_apigatewayv2_api}. */
public class Apigatewayv2Api extends TerraformResource {
  public static final String TF_RESOURCE_TYPE = "aws_apigatewayv2_api";

  private final Map<String, Object> values;

  public Apigatewayv2Api(Construct scope, String id, Apigatewayv2ApiConfig config) {
    super(scope, id, config.getMetaArguments().config(TF_RESOURCE_TYPE, AwsProviderMetadata.METADATA));
    this.values = config.values();
  }

  public void setApiKeySelectionExpression(String value) {
    values.put("api_key_selection_expression", value);
  }

  public void setBody(String value) {
    values.put("body", value);
  }

  public void setCredentialsArn(String value) {
    values.put("credentials_arn", value);
  }

  public void setDescription(String value) {
    values.put("description", value);
  }

  public void setDisableExecuteApiEndpoint(Boolean value) {
    values.put("disable_execute_api_endpoint", value);
  }

  public void setDisableExecuteApiEndpoint(IResolvable value) {
    values.put("disable_execute_api_endpoint", value);
  }

  public void setFailOnWarnings(Boolean value) {
    values.put("fail_on_warnings", value);
  }

  public void setFailOnWarnings(IResolvable value) {
    values.put("fail_on_warnings", value);
  }

  public void setId(String value) {
    values.put("id", value);
  }

  public void setName(String value) {
    values.put("name", value);
  }

  public void setProtocolType(String value) {
    values.put("protocol_type", value);
  }

  public void setRouteKey(String value) {
    values.put("route_key", value);
  }

  public void setRouteSelectionExpression(String value) {
    values.put("route_selection_expression", value);
  }

  public void setTags(Map<String, String> value) {
    values.put("tags", value);
  }

  public void setTagsAll(Map<String, String> value) {
    values.put("tags_all", value);
  }

  public void setTarget(String value) {
    values.put("target", value);
  }

  public void setVersion(String value) {
    values.put("version", value);
  }

  public String getApiEndpoint() {
    return getStringAttribute("api_endpoint");
  }

  public String getApiKeySelectionExpression() {
    return getStringAttribute("api_key_selection_expression");
  }

  public String getArn() {
    return getStringAttribute("arn");
  }

  public String getBody() {
    return getStringAttribute("body");
  }

  public String getCredentialsArn() {
    return getStringAttribute("credentials_arn");
  }

  public String getDescription() {
    return getStringAttribute("description");
  }

  public IResolvable getDisableExecuteApiEndpoint() {
    return getBooleanAttribute("disable_execute_api_endpoint");
  }

  public String getExecutionArn() {
    return getStringAttribute("execution_arn");
  }

  public IResolvable getFailOnWarnings() {
    return getBooleanAttribute("fail_on_warnings");
  }

  public String getId() {
    return getStringAttribute("id");
  }

  public String getName() {
    return getStringAttribute("name");
  }

  public String getProtocolType() {
    return getStringAttribute("protocol_type");
  }

  public String getRouteKey() {
    return getStringAttribute("route_key");
  }

  public String getRouteSelectionExpression() {
    return getStringAttribute("route_selection_expression");
  }

  public Map<String, String> getTags() {
    return getStringMapAttribute("tags");
  }

  public Map<String, String> getTagsAll() {
    return getStringMapAttribute("tags_all");
  }

  public String getTarget() {
    return getStringAttribute("target");
  }

  public String getVersion() {
    return getStringAttribute("version");
  }

  @Override
  protected Map<String, Object> synthesizeAttributes() {
    return TerraformValues.object(values);
  }
}
