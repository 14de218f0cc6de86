// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.cloudwatch_query_definition;

import chat.k1te.infra.aws.TerraformValues;
import chat.k1te.infra.aws.provider.AwsProviderMetadata;
import com.hashicorp.cdktf.TerraformResource;
import java.util.List;
import java.util.Map;
import software.constructs.Construct;

/** Represents a {@code aws_cloudwatch_query_definition}. */
public class CloudwatchQueryDefinition extends TerraformResource {
  public static final String TF_RESOURCE_TYPE = "aws_cloudwatch_query_definition";

  private final Map<String, Object> values;

  public CloudwatchQueryDefinition(Construct scope, String id, CloudwatchQueryDefinitionConfig config) {
    super(scope, id, config.getMetaArguments().config(TF_RESOURCE_TYPE, AwsProviderMetadata.METADATA));
    this.values = config.values();
  }

  public void setId(String value) {
    values.put("id", value);
  }

  public void setLogGroupNames(List<String> value) {
    values.put("log_group_names", value);
  }

  public void setName(String value) {
    values.put("name", value);
  }

  public void setQueryString(String value) {
    values.put("query_string", value);
  }

  public String getId() {
    return getStringAttribute("id");
  }

  public List<String> getLogGroupNames() {
    return getListAttribute("log_group_names");
  }

  public String getName() {
    return getStringAttribute("name");
  }

  public String getQueryDefinitionId() {
    return getStringAttribute("query_definition_id");
  }

  public String getQueryString() {
    return getStringAttribute("query_string");
  }

  @Override
  protected Map<String, Object> synthesizeAttributes() {
    return TerraformValues.object(values);
  }
}
