// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.apigatewayv2_stage;

import chat.k1te.infra.aws.TerraformValues;
import chat.k1te.infra.aws.provider.AwsProviderMetadata;
import com.hashicorp.cdktf.IResolvable;
import com.hashicorp.cdktf.TerraformResource;
import java.util.Map;
import software.constructs.Construct;

/** Represents a {@code aws_apigatewayv2_stage}. */
public class Apigatewayv2Stage extends TerraformResource {
  public static final String TF_RESOURCE_TYPE = "aws_apigatewayv2_stage";

  private final Map<String, Object> values;

  public Apigatewayv2Stage(Construct scope, String id, Apigatewayv2StageConfig config) {
    super(scope, id, config.getMetaArguments().config(TF_RESOURCE_TYPE, AwsProviderMetadata.METADATA));
    this.values = config.values();
  }

  public void setApiId(String value) {
    values.put("api_id", value);
  }

  public void setAutoDeploy(Boolean value) {
    values.put("auto_deploy", value);
  }

  public void setAutoDeploy(IResolvable value) {
    values.put("auto_deploy", value);
  }

  public void setClientCertificateId(String value) {
    values.put("client_certificate_id", value);
  }

  public void setDeploymentId(String value) {
    values.put("deployment_id", value);
  }

  public void setDescription(String value) {
    values.put("description", value);
  }

  public void setId(String value) {
    values.put("id", value);
  }

  public void setName(String value) {
    values.put("name", value);
  }

  public void setStageVariables(Map<String, String> value) {
    values.put("stage_variables", value);
  }

  public void setTags(Map<String, String> value) {
    values.put("tags", value);
  }

  public void setTagsAll(Map<String, String> value) {
    values.put("tags_all", value);
  }

  public void setRouteSettings(IResolvable value) {
    values.put("route_settings", value);
  }

  public String getApiId() {
    return getStringAttribute("api_id");
  }

  public String getArn() {
    return getStringAttribute("arn");
  }

  public IResolvable getAutoDeploy() {
    return getBooleanAttribute("auto_deploy");
  }

  public String getClientCertificateId() {
    return getStringAttribute("client_certificate_id");
  }

  public String getDeploymentId() {
    return getStringAttribute("deployment_id");
  }

  public String getDescription() {
    return getStringAttribute("description");
  }

  public String getExecutionArn() {
    return getStringAttribute("execution_arn");
  }

  public String getId() {
    return getStringAttribute("id");
  }

  public String getInvokeUrl() {
    return getStringAttribute("invoke_url");
  }

  public String getName() {
    return getStringAttribute("name");
  }

  public Map<String, String> getStageVariables() {
    return getStringMapAttribute("stage_variables");
  }

  public Map<String, String> getTags() {
    return getStringMapAttribute("tags");
  }

  public Map<String, String> getTagsAll() {
    return getStringMapAttribute("tags_all");
  }

  @Override
  protected Map<String, Object> synthesizeAttributes() {
    return TerraformValues.object(values);
  }
}
