// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.iam_openid_connect_provider;

import chat.k1te.infra.aws.TerraformValues;
import chat.k1te.infra.aws.provider.AwsProviderMetadata;
import com.hashicorp.cdktf.Fn;
import com.hashicorp.cdktf.TerraformResource;
import java.util.List;
import java.util.Map;
import software.constructs.Construct;

/** Represents a {@code aws_iam_openid_connect_provider}. */
public class IamOpenidConnectProvider extends TerraformResource {
  public static final String TF_RESOURCE_TYPE = "aws_iam_openid_connect_provider";

  private final Map<String, Object> values;

  public IamOpenidConnectProvider(Construct scope, String id, IamOpenidConnectProviderConfig config) {
    super(scope, id, config.getMetaArguments().config(TF_RESOURCE_TYPE, AwsProviderMetadata.METADATA));
    this.values = config.values();
  }

  public void setClientIdList(List<String> value) {
    values.put("client_id_list", value);
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

  public void setThumbprintList(List<String> value) {
    values.put("thumbprint_list", value);
  }

  public void setUrl(String value) {
    values.put("url", value);
  }

  public String getArn() {
    return getStringAttribute("arn");
  }

  public List<String> getClientIdList() {
    return Fn.tolist(getListAttribute("client_id_list"));
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
