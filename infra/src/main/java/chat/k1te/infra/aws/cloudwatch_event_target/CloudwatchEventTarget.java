// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.cloudwatch_event_target;

import chat.k1te.infra.aws.TerraformValues;
import chat.k1te.infra.aws.provider.AwsProviderMetadata;
import com.hashicorp.cdktf.IResolvable;
import com.hashicorp.cdktf.TerraformResource;
import java.util.Map;
import software.constructs.Construct;

/** Represents a {@code aws_cloudwatch_event_target}. */
public class CloudwatchEventTarget extends TerraformResource {
  public static final String TF_RESOURCE_TYPE = "aws_cloudwatch_event_target";

  private final Map<String, Object> values;

  public CloudwatchEventTarget(Construct scope, String id, CloudwatchEventTargetConfig config) {
    super(scope, id, config.getMetaArguments().config(TF_RESOURCE_TYPE, AwsProviderMetadata.METADATA));
    this.values = config.values();
  }

  public void setArn(String value) {
    values.put("arn", value);
  }

  public void setEventBusName(String value) {
    values.put("event_bus_name", value);
  }

  public void setId(String value) {
    values.put("id", value);
  }

  public void setInput(String value) {
    values.put("input", value);
  }

  public void setInputPath(String value) {
    values.put("input_path", value);
  }

  public void setRoleArn(String value) {
    values.put("role_arn", value);
  }

  public void setRule(String value) {
    values.put("rule", value);
  }

  public void setTargetId(String value) {
    values.put("target_id", value);
  }

  public void setRunCommandTargets(IResolvable value) {
    values.put("run_command_targets", value);
  }

  public String getArn() {
    return getStringAttribute("arn");
  }

  public String getEventBusName() {
    return getStringAttribute("event_bus_name");
  }

  public String getId() {
    return getStringAttribute("id");
  }

  public String getInput() {
    return getStringAttribute("input");
  }

  public String getInputPath() {
    return getStringAttribute("input_path");
  }

  public String getRoleArn() {
    return getStringAttribute("role_arn");
  }

  public String getRule() {
    return getStringAttribute("rule");
  }

  public String getTargetId() {
    return getStringAttribute("target_id");
  }

  @Override
  protected Map<String, Object> synthesizeAttributes() {
    return TerraformValues.object(values);
  }
}
