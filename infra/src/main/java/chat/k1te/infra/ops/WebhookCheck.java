package chat.k1te.infra.ops;

import chat.k1te.contracts.KiteMetrics;
import chat.k1te.infra.aws.cloudwatch_event_rule.CloudwatchEventRule;
import chat.k1te.infra.aws.cloudwatch_event_rule.CloudwatchEventRuleConfig;
import chat.k1te.infra.aws.cloudwatch_event_target.CloudwatchEventTarget;
import chat.k1te.infra.aws.cloudwatch_event_target.CloudwatchEventTargetConfig;
import chat.k1te.infra.aws.lambda_function.LambdaFunction;
import chat.k1te.infra.aws.lambda_permission.LambdaPermission;
import chat.k1te.infra.aws.lambda_permission.LambdaPermissionConfig;
import software.constructs.Construct;

/**
 * Every few minutes an EventBridge rule invokes the lifecycle function with {@link
 * KiteMetrics#WEBHOOK_CHECK_INPUT}; it asks Telegram's {@code getWebhookInfo} and emits {@link
 * KiteMetrics#WEBHOOK_FAILING}, which an alarm watches. Telegram knows whether its deliveries fail
 * ({@code last_error_date}); nothing on our side sees an update that never arrives.
 */
public final class WebhookCheck extends Construct {
  private final CloudwatchEventRule rule;

  public WebhookCheck(Construct scope, String id, String stage, LambdaFunction lifecycle) {
    super(scope, id);
    rule =
        new CloudwatchEventRule(
            this,
            "schedule",
            CloudwatchEventRuleConfig.builder()
                .name(OpsNames.webhookCheckRule(stage))
                .description("Checks the Telegram webhook of the " + stage + " stage")
                .scheduleExpression("rate(" + KiteMetrics.WEBHOOK_CHECK_MINUTES + " minutes)")
                .build());
    LambdaPermission permission =
        new LambdaPermission(
            this,
            "invoke",
            LambdaPermissionConfig.builder()
                .statementId("webhook-check")
                .action("lambda:InvokeFunction")
                .functionName(lifecycle.getFunctionName())
                .principal("events.amazonaws.com")
                .sourceArn(rule.getArn())
                .build());
    new CloudwatchEventTarget(
        this,
        "lifecycle",
        CloudwatchEventTargetConfig.builder()
            .rule(rule.getName())
            .targetId("lifecycle")
            .arn(lifecycle.getArn())
            .input(KiteMetrics.WEBHOOK_CHECK_INPUT)
            .dependsOn(java.util.List.of(permission))
            .build());
  }

  public CloudwatchEventRule rule() {
    return rule;
  }
}
