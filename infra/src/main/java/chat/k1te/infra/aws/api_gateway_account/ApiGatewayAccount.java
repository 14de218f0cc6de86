// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.api_gateway_account;

import chat.k1te.infra.aws.TerraformValues;
import chat.k1te.infra.aws.provider.AwsProviderMetadata;
import com.hashicorp.cdktf.Fn;
import com.hashicorp.cdktf.TerraformResource;
import java.util.List;
import java.util.Map;
import software.constructs.Construct;

/** Represents a {@code aws_api_gateway_account}. */
public class ApiGatewayAccount extends TerraformResource {
  public static final String TF_RESOURCE_TYPE = "aws_api_gateway_account";

  private final Map<String, Object> values;

  public ApiGatewayAccount(Construct scope, String id) {
    this(scope, id, ApiGatewayAccountConfig.builder().build());
  }

  public ApiGatewayAccount(Construct scope, String id, ApiGatewayAccountConfig config) {
    super(scope, id, config.getMetaArguments().config(TF_RESOURCE_TYPE, AwsProviderMetadata.METADATA));
    this.values = config.values();
  }

  public void setCloudwatchRoleArn(String value) {
    values.put("cloudwatch_role_arn", value);
  }

  public void setId(String value) {
    values.put("id", value);
  }

  public String getApiKeyVersion() {
    return getStringAttribute("api_key_version");
  }

  public String getCloudwatchRoleArn() {
    return getStringAttribute("cloudwatch_role_arn");
  }

  public List<String> getFeatures() {
    return Fn.tolist(getListAttribute("features"));
  }

  public String getId() {
    return getStringAttribute("id");
  }

  @Override
  protected Map<String, Object> synthesizeAttributes() {
    return TerraformValues.object(values);
  }
}
