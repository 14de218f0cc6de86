// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.apigatewayv2_authorizer;

import chat.k1te.infra.aws.TerraformValues;
import chat.k1te.infra.aws.provider.AwsProviderMetadata;
import com.hashicorp.cdktf.Fn;
import com.hashicorp.cdktf.IResolvable;
import com.hashicorp.cdktf.TerraformResource;
import java.util.List;
import java.util.Map;
import software.constructs.Construct;

/** Represents a {@code aws_apigatewayv2_authorizer}. */
public class Apigatewayv2Authorizer extends TerraformResource {
  public static final String TF_RESOURCE_TYPE = "aws_apigatewayv2_authorizer";

  private final Map<String, Object> values;

  public Apigatewayv2Authorizer(Construct scope, String id, Apigatewayv2AuthorizerConfig config) {
    super(scope, id, config.getMetaArguments().config(TF_RESOURCE_TYPE, AwsProviderMetadata.METADATA));
    this.values = config.values();
  }

  public void setApiId(String value) {
    values.put("api_id", value);
  }

  public void setAuthorizerCredentialsArn(String value) {
    values.put("authorizer_credentials_arn", value);
  }

  public void setAuthorizerPayloadFormatVersion(String value) {
    values.put("authorizer_payload_format_version", value);
  }

  public void setAuthorizerResultTtlInSeconds(Number value) {
    values.put("authorizer_result_ttl_in_seconds", value);
  }

  public void setAuthorizerType(String value) {
    values.put("authorizer_type", value);
  }

  public void setAuthorizerUri(String value) {
    values.put("authorizer_uri", value);
  }

  public void setEnableSimpleResponses(Boolean value) {
    values.put("enable_simple_responses", value);
  }

  public void setEnableSimpleResponses(IResolvable value) {
    values.put("enable_simple_responses", value);
  }

  public void setId(String value) {
    values.put("id", value);
  }

  public void setIdentitySources(List<String> value) {
    values.put("identity_sources", value);
  }

  public void setName(String value) {
    values.put("name", value);
  }

  public String getApiId() {
    return getStringAttribute("api_id");
  }

  public String getAuthorizerCredentialsArn() {
    return getStringAttribute("authorizer_credentials_arn");
  }

  public String getAuthorizerPayloadFormatVersion() {
    return getStringAttribute("authorizer_payload_format_version");
  }

  public Number getAuthorizerResultTtlInSeconds() {
    return getNumberAttribute("authorizer_result_ttl_in_seconds");
  }

  public String getAuthorizerType() {
    return getStringAttribute("authorizer_type");
  }

  public String getAuthorizerUri() {
    return getStringAttribute("authorizer_uri");
  }

  public IResolvable getEnableSimpleResponses() {
    return getBooleanAttribute("enable_simple_responses");
  }

  public String getId() {
    return getStringAttribute("id");
  }

  public List<String> getIdentitySources() {
    return Fn.tolist(getListAttribute("identity_sources"));
  }

  public String getName() {
    return getStringAttribute("name");
  }

  @Override
  protected Map<String, Object> synthesizeAttributes() {
    return TerraformValues.object(values);
  }
}
