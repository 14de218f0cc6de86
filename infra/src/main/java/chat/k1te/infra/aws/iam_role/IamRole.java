// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.iam_role;

import chat.k1te.infra.aws.TerraformValues;
import chat.k1te.infra.aws.provider.AwsProviderMetadata;
import com.hashicorp.cdktf.Fn;
import com.hashicorp.cdktf.IResolvable;
import com.hashicorp.cdktf.TerraformResource;
import java.util.List;
import java.util.Map;
import software.constructs.Construct;

/** Represents a {@code aws_iam_role}. */
public class IamRole extends TerraformResource {
  public static final String TF_RESOURCE_TYPE = "aws_iam_role";

  private final Map<String, Object> values;

  public IamRole(Construct scope, String id, IamRoleConfig config) {
    super(scope, id, config.getMetaArguments().config(TF_RESOURCE_TYPE, AwsProviderMetadata.METADATA));
    this.values = config.values();
  }

  public void setAssumeRolePolicy(String value) {
    values.put("assume_role_policy", value);
  }

  public void setDescription(String value) {
    values.put("description", value);
  }

  public void setForceDetachPolicies(Boolean value) {
    values.put("force_detach_policies", value);
  }

  public void setForceDetachPolicies(IResolvable value) {
    values.put("force_detach_policies", value);
  }

  public void setId(String value) {
    values.put("id", value);
  }

  public void setManagedPolicyArns(List<String> value) {
    values.put("managed_policy_arns", value);
  }

  public void setMaxSessionDuration(Number value) {
    values.put("max_session_duration", value);
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

  public void setPermissionsBoundary(String value) {
    values.put("permissions_boundary", value);
  }

  public void setTags(Map<String, String> value) {
    values.put("tags", value);
  }

  public void setTagsAll(Map<String, String> value) {
    values.put("tags_all", value);
  }

  public void setInlinePolicy(IResolvable value) {
    values.put("inline_policy", value);
  }

  public String getArn() {
    return getStringAttribute("arn");
  }

  public String getAssumeRolePolicy() {
    return getStringAttribute("assume_role_policy");
  }

  public String getCreateDate() {
    return getStringAttribute("create_date");
  }

  public String getDescription() {
    return getStringAttribute("description");
  }

  public IResolvable getForceDetachPolicies() {
    return getBooleanAttribute("force_detach_policies");
  }

  public String getId() {
    return getStringAttribute("id");
  }

  public List<String> getManagedPolicyArns() {
    return Fn.tolist(getListAttribute("managed_policy_arns"));
  }

  public Number getMaxSessionDuration() {
    return getNumberAttribute("max_session_duration");
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

  public String getPermissionsBoundary() {
    return getStringAttribute("permissions_boundary");
  }

  public Map<String, String> getTags() {
    return getStringMapAttribute("tags");
  }

  public Map<String, String> getTagsAll() {
    return getStringMapAttribute("tags_all");
  }

  public String getUniqueId() {
    return getStringAttribute("unique_id");
  }

  @Override
  protected Map<String, Object> synthesizeAttributes() {
    return TerraformValues.object(values);
  }
}
