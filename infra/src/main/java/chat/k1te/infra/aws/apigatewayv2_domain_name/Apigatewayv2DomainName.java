// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.apigatewayv2_domain_name;

import chat.k1te.infra.aws.TerraformValues;
import chat.k1te.infra.aws.provider.AwsProviderMetadata;
import com.hashicorp.cdktf.TerraformResource;
import java.util.Map;
import software.constructs.Construct;

/** Represents a {@code aws_apigatewayv2_domain_name}. */
public class Apigatewayv2DomainName extends TerraformResource {
  public static final String TF_RESOURCE_TYPE = "aws_apigatewayv2_domain_name";

  private final Map<String, Object> values;

  public Apigatewayv2DomainName(Construct scope, String id, Apigatewayv2DomainNameConfig config) {
    super(scope, id, config.getMetaArguments().config(TF_RESOURCE_TYPE, AwsProviderMetadata.METADATA));
    this.values = config.values();
  }

  public void setDomainName(String value) {
    values.put("domain_name", value);
  }

  public void setId(String value) {
    values.put("id", value);
  }

  public void setTags(Map<String, String> value) {
    values.put("tags", value);
  }

  public void setTagsAll(Map<String, String> value) {
    values.put("tags_all", value);
  }

  public String getApiMappingSelectionExpression() {
    return getStringAttribute("api_mapping_selection_expression");
  }

  public String getArn() {
    return getStringAttribute("arn");
  }

  public String getDomainName() {
    return getStringAttribute("domain_name");
  }

  public String getId() {
    return getStringAttribute("id");
  }

  public Map<String, String> getTags() {
    return getStringMapAttribute("tags");
  }

  public Map<String, String> getTagsAll() {
    return getStringMapAttribute("tags_all");
  }

  public Apigatewayv2DomainNameDomainNameConfigurationOutputReference getDomainNameConfiguration() {
    return new Apigatewayv2DomainNameDomainNameConfigurationOutputReference(this, "domain_name_configuration", 0, false);
  }

  @Override
  protected Map<String, Object> synthesizeAttributes() {
    return TerraformValues.object(values);
  }
}
