package chat.k1te.infra.ops;

import chat.k1te.infra.aws.data_aws_iam_policy_document.DataAwsIamPolicyDocument;
import chat.k1te.infra.aws.data_aws_iam_policy_document.DataAwsIamPolicyDocumentConfig;
import chat.k1te.infra.aws.data_aws_iam_policy_document.DataAwsIamPolicyDocumentStatement;
import chat.k1te.infra.aws.data_aws_iam_policy_document.DataAwsIamPolicyDocumentStatementCondition;
import chat.k1te.infra.aws.data_aws_iam_policy_document.DataAwsIamPolicyDocumentStatementPrincipals;
import chat.k1te.infra.aws.sns_topic.SnsTopic;
import chat.k1te.infra.aws.sns_topic.SnsTopicConfig;
import chat.k1te.infra.aws.sns_topic_policy.SnsTopicPolicy;
import chat.k1te.infra.aws.sns_topic_policy.SnsTopicPolicyConfig;
import chat.k1te.infra.aws.sns_topic_subscription.SnsTopicSubscription;
import chat.k1te.infra.aws.sns_topic_subscription.SnsTopicSubscriptionConfig;
import chat.k1te.infra.constructs.AwsAccount;
import java.util.List;
import java.util.Optional;
import software.constructs.Construct;

/**
 * The topic a stage's alarms and budget notify; the operator subscribes to it (an e-mail address
 * given at synth time is subscribed here and must confirm). Only CloudWatch alarms and Budgets of
 * this account may publish. Not encrypted: CloudWatch cannot publish to a topic under the AWS
 * managed SNS key, and alarm texts carry no secret.
 */
public final class AlarmTopic extends Construct {
  private final SnsTopic topic;

  public AlarmTopic(
      Construct scope, String id, String stage, AwsAccount account, Optional<String> email) {
    super(scope, id);
    topic =
        new SnsTopic(
            this,
            "topic",
            SnsTopicConfig.builder()
                .name(OpsNames.topic(stage))
                .displayName("Kite " + stage + " alarms")
                .build());
    DataAwsIamPolicyDocument policy =
        new DataAwsIamPolicyDocument(
            this,
            "publishers",
            DataAwsIamPolicyDocumentConfig.builder()
                .statement(
                    List.of(
                        publisher(
                            "CloudWatchAlarmsPublish",
                            "cloudwatch.amazonaws.com",
                            account,
                            account.arn("cloudwatch", "alarm:" + OpsNames.prefix(stage) + "*")),
                        publisher(
                            "BudgetsPublish",
                            "budgets.amazonaws.com",
                            account,
                            account.globalArn("budgets", "budget/" + OpsNames.budget(stage)))))
                .build());
    new SnsTopicPolicy(
        this,
        "policy",
        SnsTopicPolicyConfig.builder().arn(topic.getArn()).policy(policy.getJson()).build());
    email.ifPresent(
        address ->
            new SnsTopicSubscription(
                this,
                "email",
                SnsTopicSubscriptionConfig.builder()
                    .topicArn(topic.getArn())
                    .protocol("email")
                    .endpoint(address)
                    .build()));
  }

  private DataAwsIamPolicyDocumentStatement publisher(
      String sid, String service, AwsAccount account, String sourceArn) {
    return DataAwsIamPolicyDocumentStatement.builder()
        .sid(sid)
        .effect("Allow")
        .actions(List.of("sns:Publish"))
        .resources(List.of(topic.getArn()))
        .principals(
            List.of(
                DataAwsIamPolicyDocumentStatementPrincipals.builder()
                    .type("Service")
                    .identifiers(List.of(service))
                    .build()))
        .condition(
            List.of(
                condition("StringEquals", "aws:SourceAccount", account.accountId()),
                condition("ArnLike", "aws:SourceArn", sourceArn)))
        .build();
  }

  private static DataAwsIamPolicyDocumentStatementCondition condition(
      String test, String variable, String value) {
    return DataAwsIamPolicyDocumentStatementCondition.builder()
        .test(test)
        .variable(variable)
        .values(List.of(value))
        .build();
  }

  public String arn() {
    return topic.getArn();
  }

  public SnsTopic topic() {
    return topic;
  }
}
