package chat.k1te.infra.stacks;

import chat.k1te.contracts.KiteFunction;
import chat.k1te.infra.constructs.AwsAccount;
import chat.k1te.infra.constructs.PolicyStatement;
import chat.k1te.infra.ops.OpsNames;
import java.util.ArrayList;
import java.util.List;

/**
 * What the deploy and drift roles need for a stage's operations resources ({@link
 * chat.k1te.infra.ops.StageOperations}) and the functions' reserved concurrency: each resource type
 * by the stage's {@code <stage>-kite-} names, except saved log queries, whose calls have no
 * resource-level permissions.
 */
final class OpsRolePolicy {
  private final AwsAccount account;

  OpsRolePolicy(AwsAccount account) {
    this.account = account;
  }

  /** The operations resources of one stage, by its scopedStage ({@code dev}, {@code acme-dev}). */
  List<PolicyStatement> deploy(String scopedStage) {
    String prefix = OpsNames.prefix(scopedStage);
    List<String> functions = new ArrayList<>();
    for (KiteFunction function : KiteFunction.values()) {
      functions.add(account.arn("lambda", "function:" + function.functionName(scopedStage)));
    }
    String topic = account.arn("sns", OpsNames.topic(scopedStage));
    return List.of(
        PolicyStatement.allow(
            "ReserveStageFunctionConcurrency",
            List.of("lambda:PutFunctionConcurrency", "lambda:DeleteFunctionConcurrency"),
            functions),
        PolicyStatement.allow(
            "ManageStageAlarmTopic",
            List.of(
                "sns:CreateTopic",
                "sns:DeleteTopic",
                "sns:GetTopicAttributes",
                "sns:SetTopicAttributes",
                "sns:ListSubscriptionsByTopic",
                "sns:Subscribe",
                "sns:Unsubscribe",
                "sns:GetSubscriptionAttributes",
                "sns:SetSubscriptionAttributes",
                "sns:TagResource",
                "sns:UntagResource",
                "sns:ListTagsForResource"),
            List.of(topic, topic + ":*")),
        PolicyStatement.allow(
            "ManageStageAlarms",
            List.of(
                "cloudwatch:PutMetricAlarm",
                "cloudwatch:DeleteAlarms",
                "cloudwatch:DescribeAlarms",
                "cloudwatch:TagResource",
                "cloudwatch:UntagResource",
                "cloudwatch:ListTagsForResource"),
            List.of(account.arn("cloudwatch", "alarm:" + prefix + "*"))),
        PolicyStatement.allow(
            "ManageStageDashboard",
            List.of(
                "cloudwatch:PutDashboard",
                "cloudwatch:GetDashboard",
                "cloudwatch:DeleteDashboards"),
            List.of(
                account.globalArn("cloudwatch", "dashboard/" + OpsNames.dashboard(scopedStage)))),
        PolicyStatement.allow(
            "ManageStageBudget",
            List.of(
                "budgets:ModifyBudget",
                "budgets:ViewBudget",
                "budgets:TagResource",
                "budgets:UntagResource",
                "budgets:ListTagsForResource"),
            List.of(account.globalArn("budgets", "budget/" + OpsNames.budget(scopedStage)))),
        PolicyStatement.allow(
            "ManageStageWebhookCheck",
            List.of(
                "events:PutRule",
                "events:DeleteRule",
                "events:DescribeRule",
                "events:EnableRule",
                "events:DisableRule",
                "events:PutTargets",
                "events:RemoveTargets",
                "events:ListTargetsByRule",
                "events:TagResource",
                "events:UntagResource",
                "events:ListTagsForResource"),
            List.of(account.arn("events", "rule/" + OpsNames.webhookCheckRule(scopedStage)))),
        // no resource-level permissions for saved queries: any of the account/region
        PolicyStatement.allow(
            "ManageSavedLogQueries",
            List.of(
                "logs:PutQueryDefinition",
                "logs:DescribeQueryDefinitions",
                "logs:DeleteQueryDefinition"),
            List.of(account.arn("logs", "*"))));
  }

  /**
   * Configuration reads of every stage's operations resources; {@code anyScopedStage} matches the
   * scopedStage of every stage of the installation ({@code *} in the default one, {@code acme-*} in
   * {@code acme}).
   */
  List<PolicyStatement> drift(String anyScopedStage) {
    return List.of(
        PolicyStatement.allow(
            "ReadOperations",
            List.of(
                "sns:GetTopicAttributes",
                "sns:GetSubscriptionAttributes",
                "sns:ListTagsForResource",
                "cloudwatch:DescribeAlarms",
                "cloudwatch:ListTagsForResource",
                "cloudwatch:GetDashboard",
                "budgets:ViewBudget",
                "budgets:ListTagsForResource",
                "events:DescribeRule",
                "events:ListTargetsByRule",
                "events:ListTagsForResource",
                "logs:DescribeQueryDefinitions"),
            List.of(
                account.arn("sns", OpsNames.topic(anyScopedStage)),
                account.arn("sns", OpsNames.topic(anyScopedStage) + ":*"),
                account.arn("cloudwatch", "alarm:" + OpsNames.prefix(anyScopedStage) + "*"),
                account.globalArn(
                    "cloudwatch", "dashboard/" + OpsNames.prefix(anyScopedStage) + "*"),
                account.globalArn("budgets", "budget/" + OpsNames.prefix(anyScopedStage) + "*"),
                account.arn("events", "rule/" + OpsNames.prefix(anyScopedStage) + "*"),
                account.arn("logs", "*"))));
  }
}
