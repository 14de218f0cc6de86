// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.cloudwatch_event_rule;

import chat.k1te.infra.aws.TerraformValues;
import chat.k1te.infra.aws.provider.AwsProviderMetadata;
import com.hashicorp.cdktf.IResolvable;
import com.hashicorp.cdktf.TerraformResource;
import java.util.Map;
import software.constructs.Construct;

/** Represents a {@code aws_cloudwatch_event_rule}. */
public class CloudwatchEventRule extends TerraformResource {
  public static final String TF_RESOURCE_TYPE = "aws_cloudwatch_event_rule";

  private final Map<String, Object> values;

  public CloudwatchEventRule(Construct scope, String id) {
    this(scope, id, CloudwatchEventRuleConfig.builder().build());
  }

  public CloudwatchEventRule(Construct scope, String id, CloudwatchEventRuleConfig config) {
    super(scope, id, config.getMetaArguments().config(TF_RESOURCE_TYPE, AwsProviderMetadata.METADATA));
    this.values = config.values();
  }

  public void setDescription(String value) {
    values.put("description", value);
  }

  public void setEventBusName(String value) {
    values.put("event_bus_name", value);
  }

  public void setEventPattern(String value) {
    values.put("event_pattern", value);
  }

  public void setId(String value) {
    values.put("id", value);
  }

  public void setIsEnabled(Boolean value) {
    values.put("is_enabled", value);
  }

  public void setIsEnabled(IResolvable value) {
    values.put("is_enabled", value);
  }

  public void setName(String value) {
    values.put("name", value);
  }

  public void setNamePrefix(String value) {
    values.put("name_prefix", value);
  }

  public void setRoleArn(String value) {
    values.put("role_arn", value);
  }

  public void setScheduleExpression(String value) {
    values.put("schedule_expression", value);
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

  public String getEventBusName() {
    return getStringAttribute("event_bus_name");
  }

  public String getEventPattern() {
    return getStringAttribute("event_pattern");
  }

  public String getId() {
    return getStringAttribute("id");
  }

  public IResolvable getIsEnabled() {
    return getBooleanAttribute("is_enabled");
  }

  public String getName() {
    return getStringAttribute("name");
  }

  public String getNamePrefix() {
    return getStringAttribute("name_prefix");
  }

  public String getRoleArn() {
    return getStringAttribute("role_arn");
  }

  public String getScheduleExpression() {
    return getStringAttribute("schedule_expression");
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
