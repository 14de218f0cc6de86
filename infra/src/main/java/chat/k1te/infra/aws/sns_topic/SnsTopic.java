// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.sns_topic;

import chat.k1te.infra.aws.TerraformValues;
import chat.k1te.infra.aws.provider.AwsProviderMetadata;
import com.hashicorp.cdktf.IResolvable;
import com.hashicorp.cdktf.TerraformResource;
import java.util.Map;
import software.constructs.Construct;

/** Represents a {@code aws_sns_topic}. */
public class SnsTopic extends TerraformResource {
  public static final String TF_RESOURCE_TYPE = "aws_sns_topic";

  private final Map<String, Object> values;

  public SnsTopic(Construct scope, String id) {
    this(scope, id, SnsTopicConfig.builder().build());
  }

  public SnsTopic(Construct scope, String id, SnsTopicConfig config) {
    super(scope, id, config.getMetaArguments().config(TF_RESOURCE_TYPE, AwsProviderMetadata.METADATA));
    this.values = config.values();
  }

  public void setApplicationFailureFeedbackRoleArn(String value) {
    values.put("application_failure_feedback_role_arn", value);
  }

  public void setApplicationSuccessFeedbackRoleArn(String value) {
    values.put("application_success_feedback_role_arn", value);
  }

  public void setApplicationSuccessFeedbackSampleRate(Number value) {
    values.put("application_success_feedback_sample_rate", value);
  }

  public void setContentBasedDeduplication(Boolean value) {
    values.put("content_based_deduplication", value);
  }

  public void setContentBasedDeduplication(IResolvable value) {
    values.put("content_based_deduplication", value);
  }

  public void setDeliveryPolicy(String value) {
    values.put("delivery_policy", value);
  }

  public void setDisplayName(String value) {
    values.put("display_name", value);
  }

  public void setFifoTopic(Boolean value) {
    values.put("fifo_topic", value);
  }

  public void setFifoTopic(IResolvable value) {
    values.put("fifo_topic", value);
  }

  public void setFirehoseFailureFeedbackRoleArn(String value) {
    values.put("firehose_failure_feedback_role_arn", value);
  }

  public void setFirehoseSuccessFeedbackRoleArn(String value) {
    values.put("firehose_success_feedback_role_arn", value);
  }

  public void setFirehoseSuccessFeedbackSampleRate(Number value) {
    values.put("firehose_success_feedback_sample_rate", value);
  }

  public void setHttpFailureFeedbackRoleArn(String value) {
    values.put("http_failure_feedback_role_arn", value);
  }

  public void setHttpSuccessFeedbackRoleArn(String value) {
    values.put("http_success_feedback_role_arn", value);
  }

  public void setHttpSuccessFeedbackSampleRate(Number value) {
    values.put("http_success_feedback_sample_rate", value);
  }

  public void setId(String value) {
    values.put("id", value);
  }

  public void setKmsMasterKeyId(String value) {
    values.put("kms_master_key_id", value);
  }

  public void setLambdaFailureFeedbackRoleArn(String value) {
    values.put("lambda_failure_feedback_role_arn", value);
  }

  public void setLambdaSuccessFeedbackRoleArn(String value) {
    values.put("lambda_success_feedback_role_arn", value);
  }

  public void setLambdaSuccessFeedbackSampleRate(Number value) {
    values.put("lambda_success_feedback_sample_rate", value);
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

  public void setSignatureVersion(Number value) {
    values.put("signature_version", value);
  }

  public void setSqsFailureFeedbackRoleArn(String value) {
    values.put("sqs_failure_feedback_role_arn", value);
  }

  public void setSqsSuccessFeedbackRoleArn(String value) {
    values.put("sqs_success_feedback_role_arn", value);
  }

  public void setSqsSuccessFeedbackSampleRate(Number value) {
    values.put("sqs_success_feedback_sample_rate", value);
  }

  public void setTags(Map<String, String> value) {
    values.put("tags", value);
  }

  public void setTagsAll(Map<String, String> value) {
    values.put("tags_all", value);
  }

  public void setTracingConfig(String value) {
    values.put("tracing_config", value);
  }

  public String getApplicationFailureFeedbackRoleArn() {
    return getStringAttribute("application_failure_feedback_role_arn");
  }

  public String getApplicationSuccessFeedbackRoleArn() {
    return getStringAttribute("application_success_feedback_role_arn");
  }

  public Number getApplicationSuccessFeedbackSampleRate() {
    return getNumberAttribute("application_success_feedback_sample_rate");
  }

  public String getArn() {
    return getStringAttribute("arn");
  }

  public IResolvable getContentBasedDeduplication() {
    return getBooleanAttribute("content_based_deduplication");
  }

  public String getDeliveryPolicy() {
    return getStringAttribute("delivery_policy");
  }

  public String getDisplayName() {
    return getStringAttribute("display_name");
  }

  public IResolvable getFifoTopic() {
    return getBooleanAttribute("fifo_topic");
  }

  public String getFirehoseFailureFeedbackRoleArn() {
    return getStringAttribute("firehose_failure_feedback_role_arn");
  }

  public String getFirehoseSuccessFeedbackRoleArn() {
    return getStringAttribute("firehose_success_feedback_role_arn");
  }

  public Number getFirehoseSuccessFeedbackSampleRate() {
    return getNumberAttribute("firehose_success_feedback_sample_rate");
  }

  public String getHttpFailureFeedbackRoleArn() {
    return getStringAttribute("http_failure_feedback_role_arn");
  }

  public String getHttpSuccessFeedbackRoleArn() {
    return getStringAttribute("http_success_feedback_role_arn");
  }

  public Number getHttpSuccessFeedbackSampleRate() {
    return getNumberAttribute("http_success_feedback_sample_rate");
  }

  public String getId() {
    return getStringAttribute("id");
  }

  public String getKmsMasterKeyId() {
    return getStringAttribute("kms_master_key_id");
  }

  public String getLambdaFailureFeedbackRoleArn() {
    return getStringAttribute("lambda_failure_feedback_role_arn");
  }

  public String getLambdaSuccessFeedbackRoleArn() {
    return getStringAttribute("lambda_success_feedback_role_arn");
  }

  public Number getLambdaSuccessFeedbackSampleRate() {
    return getNumberAttribute("lambda_success_feedback_sample_rate");
  }

  public String getName() {
    return getStringAttribute("name");
  }

  public String getNamePrefix() {
    return getStringAttribute("name_prefix");
  }

  public String getOwner() {
    return getStringAttribute("owner");
  }

  public String getPolicy() {
    return getStringAttribute("policy");
  }

  public Number getSignatureVersion() {
    return getNumberAttribute("signature_version");
  }

  public String getSqsFailureFeedbackRoleArn() {
    return getStringAttribute("sqs_failure_feedback_role_arn");
  }

  public String getSqsSuccessFeedbackRoleArn() {
    return getStringAttribute("sqs_success_feedback_role_arn");
  }

  public Number getSqsSuccessFeedbackSampleRate() {
    return getNumberAttribute("sqs_success_feedback_sample_rate");
  }

  public Map<String, String> getTags() {
    return getStringMapAttribute("tags");
  }

  public Map<String, String> getTagsAll() {
    return getStringMapAttribute("tags_all");
  }

  public String getTracingConfig() {
    return getStringAttribute("tracing_config");
  }

  @Override
  protected Map<String, Object> synthesizeAttributes() {
    return TerraformValues.object(values);
  }
}
