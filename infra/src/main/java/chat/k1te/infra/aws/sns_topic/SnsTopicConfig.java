// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.sns_topic;

import chat.k1te.infra.aws.MetaArguments;
import chat.k1te.infra.aws.TerraformStruct;
import chat.k1te.infra.aws.TerraformValues;
import com.hashicorp.cdktf.IResolvable;
import com.hashicorp.cdktf.ITerraformDependable;
import com.hashicorp.cdktf.ITerraformIterator;
import com.hashicorp.cdktf.TerraformCount;
import com.hashicorp.cdktf.TerraformProvider;
import com.hashicorp.cdktf.TerraformResourceLifecycle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code SnsTopicConfig}. */
public final class SnsTopicConfig implements TerraformStruct {
  private final String applicationFailureFeedbackRoleArn;
  private final String applicationSuccessFeedbackRoleArn;
  private final Number applicationSuccessFeedbackSampleRate;
  private final Object contentBasedDeduplication;
  private final String deliveryPolicy;
  private final String displayName;
  private final Object fifoTopic;
  private final String firehoseFailureFeedbackRoleArn;
  private final String firehoseSuccessFeedbackRoleArn;
  private final Number firehoseSuccessFeedbackSampleRate;
  private final String httpFailureFeedbackRoleArn;
  private final String httpSuccessFeedbackRoleArn;
  private final Number httpSuccessFeedbackSampleRate;
  private final String id;
  private final String kmsMasterKeyId;
  private final String lambdaFailureFeedbackRoleArn;
  private final String lambdaSuccessFeedbackRoleArn;
  private final Number lambdaSuccessFeedbackSampleRate;
  private final String name;
  private final String namePrefix;
  private final String policy;
  private final Number signatureVersion;
  private final String sqsFailureFeedbackRoleArn;
  private final String sqsSuccessFeedbackRoleArn;
  private final Number sqsSuccessFeedbackSampleRate;
  private final Map<String, String> tags;
  private final Map<String, String> tagsAll;
  private final String tracingConfig;
  private final MetaArguments metaArguments;

  private SnsTopicConfig(Builder builder) {
    this.applicationFailureFeedbackRoleArn = builder.applicationFailureFeedbackRoleArn;
    this.applicationSuccessFeedbackRoleArn = builder.applicationSuccessFeedbackRoleArn;
    this.applicationSuccessFeedbackSampleRate = builder.applicationSuccessFeedbackSampleRate;
    this.contentBasedDeduplication = builder.contentBasedDeduplication;
    this.deliveryPolicy = builder.deliveryPolicy;
    this.displayName = builder.displayName;
    this.fifoTopic = builder.fifoTopic;
    this.firehoseFailureFeedbackRoleArn = builder.firehoseFailureFeedbackRoleArn;
    this.firehoseSuccessFeedbackRoleArn = builder.firehoseSuccessFeedbackRoleArn;
    this.firehoseSuccessFeedbackSampleRate = builder.firehoseSuccessFeedbackSampleRate;
    this.httpFailureFeedbackRoleArn = builder.httpFailureFeedbackRoleArn;
    this.httpSuccessFeedbackRoleArn = builder.httpSuccessFeedbackRoleArn;
    this.httpSuccessFeedbackSampleRate = builder.httpSuccessFeedbackSampleRate;
    this.id = builder.id;
    this.kmsMasterKeyId = builder.kmsMasterKeyId;
    this.lambdaFailureFeedbackRoleArn = builder.lambdaFailureFeedbackRoleArn;
    this.lambdaSuccessFeedbackRoleArn = builder.lambdaSuccessFeedbackRoleArn;
    this.lambdaSuccessFeedbackSampleRate = builder.lambdaSuccessFeedbackSampleRate;
    this.name = builder.name;
    this.namePrefix = builder.namePrefix;
    this.policy = builder.policy;
    this.signatureVersion = builder.signatureVersion;
    this.sqsFailureFeedbackRoleArn = builder.sqsFailureFeedbackRoleArn;
    this.sqsSuccessFeedbackRoleArn = builder.sqsSuccessFeedbackRoleArn;
    this.sqsSuccessFeedbackSampleRate = builder.sqsSuccessFeedbackSampleRate;
    this.tags = builder.tags;
    this.tagsAll = builder.tagsAll;
    this.tracingConfig = builder.tracingConfig;
    this.metaArguments =
        new MetaArguments(
            builder.dependsOn, builder.count, builder.forEach, builder.lifecycle, builder.provider);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** {@code application_failure_feedback_role_arn}. */
  public String getApplicationFailureFeedbackRoleArn() {
    return applicationFailureFeedbackRoleArn;
  }

  /** {@code application_success_feedback_role_arn}. */
  public String getApplicationSuccessFeedbackRoleArn() {
    return applicationSuccessFeedbackRoleArn;
  }

  /** {@code application_success_feedback_sample_rate}. */
  public Number getApplicationSuccessFeedbackSampleRate() {
    return applicationSuccessFeedbackSampleRate;
  }

  /** {@code content_based_deduplication}. */
  public Object getContentBasedDeduplication() {
    return contentBasedDeduplication;
  }

  /** {@code delivery_policy}. */
  public String getDeliveryPolicy() {
    return deliveryPolicy;
  }

  /** {@code display_name}. */
  public String getDisplayName() {
    return displayName;
  }

  /** {@code fifo_topic}. */
  public Object getFifoTopic() {
    return fifoTopic;
  }

  /** {@code firehose_failure_feedback_role_arn}. */
  public String getFirehoseFailureFeedbackRoleArn() {
    return firehoseFailureFeedbackRoleArn;
  }

  /** {@code firehose_success_feedback_role_arn}. */
  public String getFirehoseSuccessFeedbackRoleArn() {
    return firehoseSuccessFeedbackRoleArn;
  }

  /** {@code firehose_success_feedback_sample_rate}. */
  public Number getFirehoseSuccessFeedbackSampleRate() {
    return firehoseSuccessFeedbackSampleRate;
  }

  /** {@code http_failure_feedback_role_arn}. */
  public String getHttpFailureFeedbackRoleArn() {
    return httpFailureFeedbackRoleArn;
  }

  /** {@code http_success_feedback_role_arn}. */
  public String getHttpSuccessFeedbackRoleArn() {
    return httpSuccessFeedbackRoleArn;
  }

  /** {@code http_success_feedback_sample_rate}. */
  public Number getHttpSuccessFeedbackSampleRate() {
    return httpSuccessFeedbackSampleRate;
  }

  /** {@code id}. */
  public String getId() {
    return id;
  }

  /** {@code kms_master_key_id}. */
  public String getKmsMasterKeyId() {
    return kmsMasterKeyId;
  }

  /** {@code lambda_failure_feedback_role_arn}. */
  public String getLambdaFailureFeedbackRoleArn() {
    return lambdaFailureFeedbackRoleArn;
  }

  /** {@code lambda_success_feedback_role_arn}. */
  public String getLambdaSuccessFeedbackRoleArn() {
    return lambdaSuccessFeedbackRoleArn;
  }

  /** {@code lambda_success_feedback_sample_rate}. */
  public Number getLambdaSuccessFeedbackSampleRate() {
    return lambdaSuccessFeedbackSampleRate;
  }

  /** {@code name}. */
  public String getName() {
    return name;
  }

  /** {@code name_prefix}. */
  public String getNamePrefix() {
    return namePrefix;
  }

  /** {@code policy}. */
  public String getPolicy() {
    return policy;
  }

  /** {@code signature_version}. */
  public Number getSignatureVersion() {
    return signatureVersion;
  }

  /** {@code sqs_failure_feedback_role_arn}. */
  public String getSqsFailureFeedbackRoleArn() {
    return sqsFailureFeedbackRoleArn;
  }

  /** {@code sqs_success_feedback_role_arn}. */
  public String getSqsSuccessFeedbackRoleArn() {
    return sqsSuccessFeedbackRoleArn;
  }

  /** {@code sqs_success_feedback_sample_rate}. */
  public Number getSqsSuccessFeedbackSampleRate() {
    return sqsSuccessFeedbackSampleRate;
  }

  /** {@code tags}. */
  public Map<String, String> getTags() {
    return tags;
  }

  /** {@code tags_all}. */
  public Map<String, String> getTagsAll() {
    return tagsAll;
  }

  /** {@code tracing_config}. */
  public String getTracingConfig() {
    return tracingConfig;
  }

  public MetaArguments getMetaArguments() {
    return metaArguments;
  }

  /** The values by Terraform name, in the provider's order; null when unset. */
  Map<String, Object> values() {
    Map<String, Object> byName = new LinkedHashMap<>();
    byName.put("application_failure_feedback_role_arn", this.applicationFailureFeedbackRoleArn);
    byName.put("application_success_feedback_role_arn", this.applicationSuccessFeedbackRoleArn);
    byName.put("application_success_feedback_sample_rate", this.applicationSuccessFeedbackSampleRate);
    byName.put("content_based_deduplication", this.contentBasedDeduplication);
    byName.put("delivery_policy", this.deliveryPolicy);
    byName.put("display_name", this.displayName);
    byName.put("fifo_topic", this.fifoTopic);
    byName.put("firehose_failure_feedback_role_arn", this.firehoseFailureFeedbackRoleArn);
    byName.put("firehose_success_feedback_role_arn", this.firehoseSuccessFeedbackRoleArn);
    byName.put("firehose_success_feedback_sample_rate", this.firehoseSuccessFeedbackSampleRate);
    byName.put("http_failure_feedback_role_arn", this.httpFailureFeedbackRoleArn);
    byName.put("http_success_feedback_role_arn", this.httpSuccessFeedbackRoleArn);
    byName.put("http_success_feedback_sample_rate", this.httpSuccessFeedbackSampleRate);
    byName.put("id", this.id);
    byName.put("kms_master_key_id", this.kmsMasterKeyId);
    byName.put("lambda_failure_feedback_role_arn", this.lambdaFailureFeedbackRoleArn);
    byName.put("lambda_success_feedback_role_arn", this.lambdaSuccessFeedbackRoleArn);
    byName.put("lambda_success_feedback_sample_rate", this.lambdaSuccessFeedbackSampleRate);
    byName.put("name", this.name);
    byName.put("name_prefix", this.namePrefix);
    byName.put("policy", this.policy);
    byName.put("signature_version", this.signatureVersion);
    byName.put("sqs_failure_feedback_role_arn", this.sqsFailureFeedbackRoleArn);
    byName.put("sqs_success_feedback_role_arn", this.sqsSuccessFeedbackRoleArn);
    byName.put("sqs_success_feedback_sample_rate", this.sqsSuccessFeedbackSampleRate);
    byName.put("tags", this.tags);
    byName.put("tags_all", this.tagsAll);
    byName.put("tracing_config", this.tracingConfig);
    return byName;
  }

  @Override
  public Map<String, Object> toTerraform() {
    return TerraformValues.object(values());
  }

  public static final class Builder {
    private String applicationFailureFeedbackRoleArn;
    private String applicationSuccessFeedbackRoleArn;
    private Number applicationSuccessFeedbackSampleRate;
    private Object contentBasedDeduplication;
    private String deliveryPolicy;
    private String displayName;
    private Object fifoTopic;
    private String firehoseFailureFeedbackRoleArn;
    private String firehoseSuccessFeedbackRoleArn;
    private Number firehoseSuccessFeedbackSampleRate;
    private String httpFailureFeedbackRoleArn;
    private String httpSuccessFeedbackRoleArn;
    private Number httpSuccessFeedbackSampleRate;
    private String id;
    private String kmsMasterKeyId;
    private String lambdaFailureFeedbackRoleArn;
    private String lambdaSuccessFeedbackRoleArn;
    private Number lambdaSuccessFeedbackSampleRate;
    private String name;
    private String namePrefix;
    private String policy;
    private Number signatureVersion;
    private String sqsFailureFeedbackRoleArn;
    private String sqsSuccessFeedbackRoleArn;
    private Number sqsSuccessFeedbackSampleRate;
    private Map<String, String> tags;
    private Map<String, String> tagsAll;
    private String tracingConfig;
    private List<? extends ITerraformDependable> dependsOn;
    private Object count;
    private ITerraformIterator forEach;
    private TerraformResourceLifecycle lifecycle;
    private TerraformProvider provider;

    private Builder() {}

    public Builder applicationFailureFeedbackRoleArn(String applicationFailureFeedbackRoleArn) {
      this.applicationFailureFeedbackRoleArn = applicationFailureFeedbackRoleArn;
      return this;
    }

    public Builder applicationSuccessFeedbackRoleArn(String applicationSuccessFeedbackRoleArn) {
      this.applicationSuccessFeedbackRoleArn = applicationSuccessFeedbackRoleArn;
      return this;
    }

    public Builder applicationSuccessFeedbackSampleRate(Number applicationSuccessFeedbackSampleRate) {
      this.applicationSuccessFeedbackSampleRate = applicationSuccessFeedbackSampleRate;
      return this;
    }

    public Builder contentBasedDeduplication(Boolean contentBasedDeduplication) {
      this.contentBasedDeduplication = contentBasedDeduplication;
      return this;
    }

    public Builder contentBasedDeduplication(IResolvable contentBasedDeduplication) {
      this.contentBasedDeduplication = contentBasedDeduplication;
      return this;
    }

    public Builder deliveryPolicy(String deliveryPolicy) {
      this.deliveryPolicy = deliveryPolicy;
      return this;
    }

    public Builder displayName(String displayName) {
      this.displayName = displayName;
      return this;
    }

    public Builder fifoTopic(Boolean fifoTopic) {
      this.fifoTopic = fifoTopic;
      return this;
    }

    public Builder fifoTopic(IResolvable fifoTopic) {
      this.fifoTopic = fifoTopic;
      return this;
    }

    public Builder firehoseFailureFeedbackRoleArn(String firehoseFailureFeedbackRoleArn) {
      this.firehoseFailureFeedbackRoleArn = firehoseFailureFeedbackRoleArn;
      return this;
    }

    public Builder firehoseSuccessFeedbackRoleArn(String firehoseSuccessFeedbackRoleArn) {
      this.firehoseSuccessFeedbackRoleArn = firehoseSuccessFeedbackRoleArn;
      return this;
    }

    public Builder firehoseSuccessFeedbackSampleRate(Number firehoseSuccessFeedbackSampleRate) {
      this.firehoseSuccessFeedbackSampleRate = firehoseSuccessFeedbackSampleRate;
      return this;
    }

    public Builder httpFailureFeedbackRoleArn(String httpFailureFeedbackRoleArn) {
      this.httpFailureFeedbackRoleArn = httpFailureFeedbackRoleArn;
      return this;
    }

    public Builder httpSuccessFeedbackRoleArn(String httpSuccessFeedbackRoleArn) {
      this.httpSuccessFeedbackRoleArn = httpSuccessFeedbackRoleArn;
      return this;
    }

    public Builder httpSuccessFeedbackSampleRate(Number httpSuccessFeedbackSampleRate) {
      this.httpSuccessFeedbackSampleRate = httpSuccessFeedbackSampleRate;
      return this;
    }

    public Builder id(String id) {
      this.id = id;
      return this;
    }

    public Builder kmsMasterKeyId(String kmsMasterKeyId) {
      this.kmsMasterKeyId = kmsMasterKeyId;
      return this;
    }

    public Builder lambdaFailureFeedbackRoleArn(String lambdaFailureFeedbackRoleArn) {
      this.lambdaFailureFeedbackRoleArn = lambdaFailureFeedbackRoleArn;
      return this;
    }

    public Builder lambdaSuccessFeedbackRoleArn(String lambdaSuccessFeedbackRoleArn) {
      this.lambdaSuccessFeedbackRoleArn = lambdaSuccessFeedbackRoleArn;
      return this;
    }

    public Builder lambdaSuccessFeedbackSampleRate(Number lambdaSuccessFeedbackSampleRate) {
      this.lambdaSuccessFeedbackSampleRate = lambdaSuccessFeedbackSampleRate;
      return this;
    }

    public Builder name(String name) {
      this.name = name;
      return this;
    }

    public Builder namePrefix(String namePrefix) {
      this.namePrefix = namePrefix;
      return this;
    }

    public Builder policy(String policy) {
      this.policy = policy;
      return this;
    }

    public Builder signatureVersion(Number signatureVersion) {
      this.signatureVersion = signatureVersion;
      return this;
    }

    public Builder sqsFailureFeedbackRoleArn(String sqsFailureFeedbackRoleArn) {
      this.sqsFailureFeedbackRoleArn = sqsFailureFeedbackRoleArn;
      return this;
    }

    public Builder sqsSuccessFeedbackRoleArn(String sqsSuccessFeedbackRoleArn) {
      this.sqsSuccessFeedbackRoleArn = sqsSuccessFeedbackRoleArn;
      return this;
    }

    public Builder sqsSuccessFeedbackSampleRate(Number sqsSuccessFeedbackSampleRate) {
      this.sqsSuccessFeedbackSampleRate = sqsSuccessFeedbackSampleRate;
      return this;
    }

    public Builder tags(Map<String, String> tags) {
      this.tags = tags;
      return this;
    }

    public Builder tagsAll(Map<String, String> tagsAll) {
      this.tagsAll = tagsAll;
      return this;
    }

    public Builder tracingConfig(String tracingConfig) {
      this.tracingConfig = tracingConfig;
      return this;
    }

    public Builder dependsOn(List<? extends ITerraformDependable> dependsOn) {
      this.dependsOn = dependsOn;
      return this;
    }

    public Builder count(Number count) {
      this.count = count;
      return this;
    }

    public Builder count(TerraformCount count) {
      this.count = count;
      return this;
    }

    public Builder forEach(ITerraformIterator forEach) {
      this.forEach = forEach;
      return this;
    }

    public Builder lifecycle(TerraformResourceLifecycle lifecycle) {
      this.lifecycle = lifecycle;
      return this;
    }

    public Builder provider(TerraformProvider provider) {
      this.provider = provider;
      return this;
    }

    public SnsTopicConfig build() {
      return new SnsTopicConfig(this);
    }
  }
}
