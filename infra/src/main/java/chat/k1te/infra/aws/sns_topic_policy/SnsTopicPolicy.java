// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.sns_topic_policy;

import chat.k1te.infra.aws.TerraformValues;
import chat.k1te.infra.aws.provider.AwsProviderMetadata;
import com.hashicorp.cdktf.TerraformResource;
import java.util.Map;
import software.constructs.Construct;

/** Represents a {@code aws_sns_topic_policy}. */
public class SnsTopicPolicy extends TerraformResource {
  public static final String TF_RESOURCE_TYPE = "aws_sns_topic_policy";

  private final Map<String, Object> values;

  public SnsTopicPolicy(Construct scope, String id, SnsTopicPolicyConfig config) {
    super(scope, id, config.getMetaArguments().config(TF_RESOURCE_TYPE, AwsProviderMetadata.METADATA));
    this.values = config.values();
  }

  public void setArn(String value) {
    values.put("arn", value);
  }

  public void setId(String value) {
    values.put("id", value);
  }

  public void setPolicy(String value) {
    values.put("policy", value);
  }

  public String getArn() {
    return getStringAttribute("arn");
  }

  public String getId() {
    return getStringAttribute("id");
  }

  public String getOwner() {
    return getStringAttribute("owner");
  }

  public String getPolicy() {
    return getStringAttribute("policy");
  }

  @Override
  protected Map<String, Object> synthesizeAttributes() {
    return TerraformValues.object(values);
  }
}
