// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.lambda_invocation;

import chat.k1te.infra.aws.TerraformValues;
import chat.k1te.infra.aws.provider.AwsProviderMetadata;
import com.hashicorp.cdktf.TerraformResource;
import java.util.Map;
import software.constructs.Construct;

/** Represents a {@code aws_lambda_invocation}. */
public class LambdaInvocation extends TerraformResource {
  public static final String TF_RESOURCE_TYPE = "aws_lambda_invocation";

  private final Map<String, Object> values;

  public LambdaInvocation(Construct scope, String id, LambdaInvocationConfig config) {
    super(scope, id, config.getMetaArguments().config(TF_RESOURCE_TYPE, AwsProviderMetadata.METADATA));
    this.values = config.values();
  }

  public void setFunctionName(String value) {
    values.put("function_name", value);
  }

  public void setId(String value) {
    values.put("id", value);
  }

  public void setInput(String value) {
    values.put("input", value);
  }

  public void setLifecycleScope(String value) {
    values.put("lifecycle_scope", value);
  }

  public void setQualifier(String value) {
    values.put("qualifier", value);
  }

  public void setTerraformKey(String value) {
    values.put("terraform_key", value);
  }

  public void setTriggers(Map<String, String> value) {
    values.put("triggers", value);
  }

  public String getFunctionName() {
    return getStringAttribute("function_name");
  }

  public String getId() {
    return getStringAttribute("id");
  }

  public String getInput() {
    return getStringAttribute("input");
  }

  public String getLifecycleScope() {
    return getStringAttribute("lifecycle_scope");
  }

  public String getQualifier() {
    return getStringAttribute("qualifier");
  }

  public String getResult() {
    return getStringAttribute("result");
  }

  public String getTerraformKey() {
    return getStringAttribute("terraform_key");
  }

  public Map<String, String> getTriggers() {
    return getStringMapAttribute("triggers");
  }

  @Override
  protected Map<String, Object> synthesizeAttributes() {
    return TerraformValues.object(values);
  }
}
