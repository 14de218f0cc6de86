// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.iam_role_policy;

import chat.k1te.infra.aws.TerraformValues;
import chat.k1te.infra.aws.provider.AwsProviderMetadata;
import com.hashicorp.cdktf.TerraformResource;
import java.util.Map;
import software.constructs.Construct;

/** Represents a {@code aws_iam_role_policy}. */
public class IamRolePolicy extends TerraformResource {
  public static final String TF_RESOURCE_TYPE = "aws_iam_role_policy";

  private final Map<String, Object> values;

  public IamRolePolicy(Construct scope, String id, IamRolePolicyConfig config) {
    super(scope, id, config.getMetaArguments().config(TF_RESOURCE_TYPE, AwsProviderMetadata.METADATA));
    this.values = config.values();
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

  public void setPolicy(String value) {
    values.put("policy", value);
  }

  public void setRole(String value) {
    values.put("role", value);
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

  public String getPolicy() {
    return getStringAttribute("policy");
  }

  public String getRole() {
    return getStringAttribute("role");
  }

  @Override
  protected Map<String, Object> synthesizeAttributes() {
    return TerraformValues.object(values);
  }
}
