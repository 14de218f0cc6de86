// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.data_aws_region;

import chat.k1te.infra.aws.TerraformValues;
import chat.k1te.infra.aws.provider.AwsProviderMetadata;
import com.hashicorp.cdktf.TerraformDataSource;
import java.util.Map;
import software.constructs.Construct;

/** Represents a {@code aws_region}. */
public class DataAwsRegion extends TerraformDataSource {
  public static final String TF_RESOURCE_TYPE = "aws_region";

  private final Map<String, Object> values;

  public DataAwsRegion(Construct scope, String id) {
    this(scope, id, DataAwsRegionConfig.builder().build());
  }

  public DataAwsRegion(Construct scope, String id, DataAwsRegionConfig config) {
    super(scope, id, config.getMetaArguments().config(TF_RESOURCE_TYPE, AwsProviderMetadata.METADATA));
    this.values = config.values();
  }

  public void setEndpoint(String value) {
    values.put("endpoint", value);
  }

  public void setId(String value) {
    values.put("id", value);
  }

  public void setName(String value) {
    values.put("name", value);
  }

  public String getDescription() {
    return getStringAttribute("description");
  }

  public String getEndpoint() {
    return getStringAttribute("endpoint");
  }

  public String getId() {
    return getStringAttribute("id");
  }

  public String getName() {
    return getStringAttribute("name");
  }

  @Override
  protected Map<String, Object> synthesizeAttributes() {
    return TerraformValues.object(values);
  }
}
