// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.iam_role_policy_attachment;

import chat.k1te.infra.aws.TerraformValues;
import chat.k1te.infra.aws.provider.AwsProviderMetadata;
import com.hashicorp.cdktf.TerraformResource;
import java.util.Map;
import software.constructs.Construct;

/** Represents a {@code aws_iam_role_policy_attachment}. */
public class IamRolePolicyAttachment extends TerraformResource {
  public static final String TF_RESOURCE_TYPE = "aws_iam_role_policy_attachment";

  private final Map<String, Object> values;

  public IamRolePolicyAttachment(Construct scope, String id, IamRolePolicyAttachmentConfig config) {
    super(scope, id, config.getMetaArguments().config(TF_RESOURCE_TYPE, AwsProviderMetadata.METADATA));
    this.values = config.values();
  }

  public void setId(String value) {
    values.put("id", value);
  }

  public void setPolicyArn(String value) {
    values.put("policy_arn", value);
  }

  public void setRole(String value) {
    values.put("role", value);
  }

  public String getId() {
    return getStringAttribute("id");
  }

  public String getPolicyArn() {
    return getStringAttribute("policy_arn");
  }

  public String getRole() {
    return getStringAttribute("role");
  }

  @Override
  protected Map<String, Object> synthesizeAttributes() {
    return TerraformValues.object(values);
  }
}
