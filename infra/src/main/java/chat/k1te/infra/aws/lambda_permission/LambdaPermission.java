// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.lambda_permission;

import chat.k1te.infra.aws.TerraformValues;
import chat.k1te.infra.aws.provider.AwsProviderMetadata;
import com.hashicorp.cdktf.TerraformResource;
import java.util.Map;
import software.constructs.Construct;

/** Represents a {@code aws_lambda_permission}. */
public class LambdaPermission extends TerraformResource {
  public static final String TF_RESOURCE_TYPE = "aws_lambda_permission";

  private final Map<String, Object> values;

  public LambdaPermission(Construct scope, String id, LambdaPermissionConfig config) {
    super(scope, id, config.getMetaArguments().config(TF_RESOURCE_TYPE, AwsProviderMetadata.METADATA));
    this.values = config.values();
  }

  public void setAction(String value) {
    values.put("action", value);
  }

  public void setEventSourceToken(String value) {
    values.put("event_source_token", value);
  }

  public void setFunctionName(String value) {
    values.put("function_name", value);
  }

  public void setFunctionUrlAuthType(String value) {
    values.put("function_url_auth_type", value);
  }

  public void setId(String value) {
    values.put("id", value);
  }

  public void setPrincipal(String value) {
    values.put("principal", value);
  }

  public void setPrincipalOrgId(String value) {
    values.put("principal_org_id", value);
  }

  public void setQualifier(String value) {
    values.put("qualifier", value);
  }

  public void setSourceAccount(String value) {
    values.put("source_account", value);
  }

  public void setSourceArn(String value) {
    values.put("source_arn", value);
  }

  public void setStatementId(String value) {
    values.put("statement_id", value);
  }

  public void setStatementIdPrefix(String value) {
    values.put("statement_id_prefix", value);
  }

  public String getAction() {
    return getStringAttribute("action");
  }

  public String getEventSourceToken() {
    return getStringAttribute("event_source_token");
  }

  public String getFunctionName() {
    return getStringAttribute("function_name");
  }

  public String getFunctionUrlAuthType() {
    return getStringAttribute("function_url_auth_type");
  }

  public String getId() {
    return getStringAttribute("id");
  }

  public String getPrincipal() {
    return getStringAttribute("principal");
  }

  public String getPrincipalOrgId() {
    return getStringAttribute("principal_org_id");
  }

  public String getQualifier() {
    return getStringAttribute("qualifier");
  }

  public String getSourceAccount() {
    return getStringAttribute("source_account");
  }

  public String getSourceArn() {
    return getStringAttribute("source_arn");
  }

  public String getStatementId() {
    return getStringAttribute("statement_id");
  }

  public String getStatementIdPrefix() {
    return getStringAttribute("statement_id_prefix");
  }

  @Override
  protected Map<String, Object> synthesizeAttributes() {
    return TerraformValues.object(values);
  }
}
