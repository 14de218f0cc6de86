// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.sns_topic_subscription;

import chat.k1te.infra.aws.TerraformValues;
import chat.k1te.infra.aws.provider.AwsProviderMetadata;
import com.hashicorp.cdktf.IResolvable;
import com.hashicorp.cdktf.TerraformResource;
import java.util.Map;
import software.constructs.Construct;

/** Represents a {@code aws_sns_topic_subscription}. */
public class SnsTopicSubscription extends TerraformResource {
  public static final String TF_RESOURCE_TYPE = "aws_sns_topic_subscription";

  private final Map<String, Object> values;

  public SnsTopicSubscription(Construct scope, String id, SnsTopicSubscriptionConfig config) {
    super(scope, id, config.getMetaArguments().config(TF_RESOURCE_TYPE, AwsProviderMetadata.METADATA));
    this.values = config.values();
  }

  public void setConfirmationTimeoutInMinutes(Number value) {
    values.put("confirmation_timeout_in_minutes", value);
  }

  public void setDeliveryPolicy(String value) {
    values.put("delivery_policy", value);
  }

  public void setEndpoint(String value) {
    values.put("endpoint", value);
  }

  public void setEndpointAutoConfirms(Boolean value) {
    values.put("endpoint_auto_confirms", value);
  }

  public void setEndpointAutoConfirms(IResolvable value) {
    values.put("endpoint_auto_confirms", value);
  }

  public void setFilterPolicy(String value) {
    values.put("filter_policy", value);
  }

  public void setFilterPolicyScope(String value) {
    values.put("filter_policy_scope", value);
  }

  public void setId(String value) {
    values.put("id", value);
  }

  public void setProtocol(String value) {
    values.put("protocol", value);
  }

  public void setRawMessageDelivery(Boolean value) {
    values.put("raw_message_delivery", value);
  }

  public void setRawMessageDelivery(IResolvable value) {
    values.put("raw_message_delivery", value);
  }

  public void setRedrivePolicy(String value) {
    values.put("redrive_policy", value);
  }

  public void setSubscriptionRoleArn(String value) {
    values.put("subscription_role_arn", value);
  }

  public void setTopicArn(String value) {
    values.put("topic_arn", value);
  }

  public String getArn() {
    return getStringAttribute("arn");
  }

  public Number getConfirmationTimeoutInMinutes() {
    return getNumberAttribute("confirmation_timeout_in_minutes");
  }

  public IResolvable getConfirmationWasAuthenticated() {
    return getBooleanAttribute("confirmation_was_authenticated");
  }

  public String getDeliveryPolicy() {
    return getStringAttribute("delivery_policy");
  }

  public String getEndpoint() {
    return getStringAttribute("endpoint");
  }

  public IResolvable getEndpointAutoConfirms() {
    return getBooleanAttribute("endpoint_auto_confirms");
  }

  public String getFilterPolicy() {
    return getStringAttribute("filter_policy");
  }

  public String getFilterPolicyScope() {
    return getStringAttribute("filter_policy_scope");
  }

  public String getId() {
    return getStringAttribute("id");
  }

  public String getOwnerId() {
    return getStringAttribute("owner_id");
  }

  public IResolvable getPendingConfirmation() {
    return getBooleanAttribute("pending_confirmation");
  }

  public String getProtocol() {
    return getStringAttribute("protocol");
  }

  public IResolvable getRawMessageDelivery() {
    return getBooleanAttribute("raw_message_delivery");
  }

  public String getRedrivePolicy() {
    return getStringAttribute("redrive_policy");
  }

  public String getSubscriptionRoleArn() {
    return getStringAttribute("subscription_role_arn");
  }

  public String getTopicArn() {
    return getStringAttribute("topic_arn");
  }

  @Override
  protected Map<String, Object> synthesizeAttributes() {
    return TerraformValues.object(values);
  }
}
