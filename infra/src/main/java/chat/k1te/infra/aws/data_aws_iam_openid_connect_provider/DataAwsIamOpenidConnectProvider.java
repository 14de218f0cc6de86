// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.data_aws_iam_openid_connect_provider;

import chat.k1te.infra.aws.TerraformValues;
import chat.k1te.infra.aws.provider.AwsProviderMetadata;
import com.hashicorp.cdktf.TerraformDataSource;
import java.util.List;
import java.util.Map;
import software.constructs.Construct;

/** Represents a {@code aws_iam_openid_connect_provider}. */
public class DataAwsIamOpenidConnectProvider extends TerraformDataSource {
  public static final String TF_RESOURCE_TYPE = "aws_iam_openid_connect_provider";

  private final Map<String, Object> values;

  public DataAwsIamOpenidConnectProvider(Construct scope, String id) {
    this(scope, id, DataAwsIamOpenidConnectProviderConfig.builder().build());
  }

  public DataAwsIamOpenidConnectProvider(Construct scope, String id, DataAwsIamOpenidConnectProviderConfig config) {
    super(scope, id, config.getMetaArguments().config(TF_RESOURCE_TYPE, AwsProviderMetadata.METADATA));
    this.values = config.values();
  }

  public void setArn(String value) {
    values.put("arn", value);
  }

  public void setId(String value) {
    values.put("id", value);
  }

  public void setTags(Map<String, String> value) {
    values.put("tags", value);
  }

  public void setUrl(String value) {
    values.put("url", value);
  }

  public String getArn() {
    return getStringAttribute("arn");
  }

  public List<String> getClientIdList() {
    return getListAttribute("client_id_list");
  }

  public String getId() {
    return getStringAttribute("id");
  }

  public Map<String, String> getTags() {
    return getStringMapAttribute("tags");
  }

  public List<String> getThumbprintList() {
    return getListAttribute("thumbprint_list");
  }

  public String getUrl() {
    return getStringAttribute("url");
  }

  @Override
  protected Map<String, Object> synthesizeAttributes() {
    return TerraformValues.object(values);
  }
}
