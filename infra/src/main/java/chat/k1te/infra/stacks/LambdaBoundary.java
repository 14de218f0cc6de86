package chat.k1te.infra.stacks;

import chat.k1te.contracts.Installation;
import chat.k1te.contracts.Stack;
import chat.k1te.infra.aws.iam_policy.IamPolicy;
import chat.k1te.infra.aws.iam_policy.IamPolicyConfig;
import chat.k1te.infra.constructs.AwsAccount;
import chat.k1te.infra.constructs.Policies;
import chat.k1te.infra.constructs.PolicyStatement;
import java.util.List;
import software.constructs.Construct;

/**
 * The permissions boundary of a stage's Lambda roles: the most any function of the stage may do.
 * The deploy role may write roles' inline policies, so without it the deploy role could grant a
 * {@code <stage>-} role anything and run code with it. Created in {@code kite-build}; the deploy
 * role may create or change a role only with this boundary, and every stage function's role has it.
 */
final class LambdaBoundary {
  /** The DynamoDB calls of the dispatcher's stores. */
  static final List<String> TABLE_ACTIONS =
      List.of(
          "dynamodb:GetItem",
          "dynamodb:Query",
          "dynamodb:PutItem",
          "dynamodb:DeleteItem",
          "dynamodb:BatchWriteItem");

  /** Presigned downloads and uploads; objects expire by the bucket's lifecycle rule. */
  static final List<String> FILE_ACTIONS = List.of("s3:GetObject", "s3:PutObject");

  /** The handlers read their secrets in one GetParameters call (never GetParameter). */
  static final String READ_PARAMETERS = "ssm:GetParameters";

  private LambdaBoundary() {}

  static String name(Installation installation, Stack stack) {
    return installation.scopedStage(stack) + "-kite-lambda-boundary";
  }

  static String arn(AwsAccount account, Installation installation, Stack stack) {
    return account.globalArn("iam", "policy/" + name(installation, stack));
  }

  static IamPolicy create(
      Construct scope, AwsAccount account, Installation installation, Stack stack) {
    String stage = stage(stack);
    return new IamPolicy(
        scope,
        "lambda-boundary-" + stage,
        IamPolicyConfig.builder()
            .name(name(installation, stack))
            .description("Permissions boundary of the " + stage + " stage's Lambda roles")
            .policy(
                Policies.permissions(
                        scope,
                        "lambda-boundary-" + stage + "-document",
                        of(account, installation, stage))
                    .getJson())
            .build());
  }

  private static List<PolicyStatement> of(
      AwsAccount account, Installation installation, String stage) {
    String scopedStage = installation.scopedStage(stage);
    return List.of(
        PolicyStatement.allow(
            "WriteStageFunctionLogs",
            List.of("logs:CreateLogStream", "logs:PutLogEvents"),
            List.of(account.arn("logs", "log-group:/aws/lambda/" + scopedStage + "-*:*"))),
        PolicyStatement.allow(
            "UseStageTables",
            TABLE_ACTIONS,
            List.of(account.arn("dynamodb", "table/" + scopedStage + ".*"))),
        PolicyStatement.allow(
            "UseStageFiles",
            FILE_ACTIONS,
            List.of(account.s3(StageStack.objectStorePrefix(scopedStage) + "*/*"))),
        PolicyStatement.allow(
            "PushToStageWidgets",
            List.of("execute-api:ManageConnections"),
            List.of(account.arn("execute-api", "*/" + stage + "/*/@connections/*"))),
        PolicyStatement.allow(
            "ReadStageParameters",
            List.of(READ_PARAMETERS),
            List.of(account.arn("ssm", "parameter" + installation.parameterPath(stage) + "*"))));
  }

  private static String stage(Stack stack) {
    return stack.stage().orElseThrow(() -> new IllegalArgumentException(stack + " has no stage"));
  }
}
