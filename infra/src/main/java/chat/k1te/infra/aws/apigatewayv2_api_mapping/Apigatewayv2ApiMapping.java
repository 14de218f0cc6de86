// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.apigatewayv2_api_mapping;

import chat.k1te.infra.aws.TerraformValues;
import chat.k1te.infra.aws.provider.AwsProviderMetadata;
import com.hashicorp.cdktf.TerraformResource;
import java.util.Map;
import software.constructs.Construct;

/** Represents a {@code aws_apigatewayv2_api_mapping}. */
public class Apigatewayv2ApiMapping extends TerraformResource {
  public static final String TF_RESOURCE_TYPE = "aws_apigatewayv2_api_mapping";

  private final Map<String, Object> values;

  public Apigatewayv2ApiMapping(Construct scope, String id, Apigatewayv2ApiMappingConfig config) {
    super(scope, id, config.getMetaArguments().config(TF_RESOURCE_TYPE, AwsProviderMetadata.METADATA));
    this.values = config.values();
  }

  public void setApiId(String value) {
    values.put("api_id", value);
  }

  public void setApiMappingKey(String value) {
    values.put("api_mapping_key", value);
  }

  public void setDomainName(String value) {
    values.put("domain_name", value);
  }

  public void setId(String value) {
    values.put("id", value);
  }

  public void setStage(String value) {
    values.put("stage", value);
  }

  public String getApiId() {
    return getStringAttribute("api_id");
  }

  public String getApiMappingKey() {
    return getStringAttribute("api_mapping_key");
  }

  public String getDomainName() {
    return getStringAttribute("domain_name");
  }

  public String getId() {
    return getStringAttribute("id");
  }

  public String getStage() {
    return getStringAttribute("stage");
  }

  @Override
  protected Map<String, Object> synthesizeAttributes() {
    return TerraformValues.object(values);
  }
}
