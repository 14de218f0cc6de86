// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.iam_policy;

import chat.k1te.infra.aws.TerraformValues;
import chat.k1te.infra.aws.provider.AwsProviderMetadata;
import com.hashicorp.cdktf.TerraformResource;
import java.util.Map;
import software.constructs.Construct;

/** Represents a {@code aws_iam_policy}. */
public class IamPolicy extends TerraformResource {
  public static final String TF_RESOURCE_TYPE = "aws_iam_policy";

  private final Map<String, Object> values;

  public IamPolicy(Construct scope, String id, IamPolicyConfig config) {
    super(scope, id, config.getMetaArguments().config(TF_RESOURCE_TYPE, AwsProviderMetadata.METADATA));
    this.values = config.values();
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

  public void setNamePrefix(String value) {
    values.put("name_prefix", value);
  }

  public void setPath(String value) {
    values.put("path", value);
  }

  public void setPolicy(String value) {
    values.put("policy", value);
  }

  public void setTags(Map<String, String> value) {
    values.put("tags", value);
  }

  public void setTagsAll(Map<String, String> value) {
    values.put("tags_all", value);
  }

  public String getArn() {
    return getStringAttribute("arn");
  }

  public String getDescription() {
    return getStringAttribute("description");
  }

  public String getId() {
    return getStringAttribute("id");
  }

  public String getName() {
    return getStringAttribute("name");
  }

  public String getNamePrefix() {
    return getStringAttribute("name_prefix");
  }

  public String getPath() {
    return getStringAttribute("path");
  }

  public String getPolicy() {
    return getStringAttribute("policy");
  }

  public String getPolicyId() {
    return getStringAttribute("policy_id");
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
