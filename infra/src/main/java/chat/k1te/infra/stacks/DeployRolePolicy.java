package chat.k1te.infra.stacks;

import chat.k1te.contracts.KiteFunction;
import chat.k1te.contracts.Stack;
import chat.k1te.infra.constructs.AwsAccount;
import chat.k1te.infra.constructs.PolicyStatement;
import java.util.ArrayList;
import java.util.List;

/**
 * Plan and apply one stage stack. Functions and their roles are named exactly; the other names of
 * stage resources start with {@code <stage>-} (tables {@code <stage>.}, parameters {@code
 * /kite/<stage>/}), which is what this role is scoped by.
 */
final class DeployRolePolicy {
  private final GithubRolePolicies base;
  private final AwsAccount account;
  private final String artifactsBucket;

  DeployRolePolicy(GithubRolePolicies base) {
    this.base = base;
    this.account = base.account();
    this.artifactsBucket = base.artifactsBucket();
  }

  List<PolicyStatement> statements(Stack stack) {
    String stage = stack.stage().orElseThrow();
    String prefix = stage + "-";
    // Functions and roles by their exact names: a <stage>- prefix may be shared with other
    // systems' roles and functions in the account (whose trust or code must stay out of reach).
    List<String> functions = new ArrayList<>();
    List<String> roles = new ArrayList<>();
    for (KiteFunction function : KiteFunction.values()) {
      String name = function.functionName(stage);
      functions.add(account.arn("lambda", "function:" + name));
      functions.add(account.arn("lambda", "function:" + name + ":*"));
      roles.add(account.globalArn("iam", "role/" + name));
    }
    List<PolicyStatement> s = new ArrayList<>(base.stateAccess(stack, true));
    s.add(
        PolicyStatement.allow(
            "ReadLambdaArtifacts",
            List.of("s3:GetObject", "s3:GetObjectVersion"),
            List.of(account.s3(artifactsBucket + "/lambda/*"))));
    s.add(
        PolicyStatement.allow(
            "ManageStageFunctions",
            List.of(
                "lambda:CreateFunction",
                "lambda:DeleteFunction",
                "lambda:Get*",
                "lambda:List*",
                "lambda:UpdateFunctionCode",
                "lambda:UpdateFunctionConfiguration",
                "lambda:AddPermission",
                "lambda:RemovePermission",
                "lambda:InvokeFunction",
                "lambda:TagResource",
                "lambda:UntagResource"),
            functions));
    s.add(
        PolicyStatement.allow(
            "ManageStageRoles",
            List.of(
                "iam:DeleteRole",
                "iam:GetRole",
                "iam:ListRoleTags",
                "iam:UpdateRole",
                "iam:UpdateAssumeRolePolicy",
                "iam:TagRole",
                "iam:UntagRole",
                "iam:ListRolePolicies",
                "iam:ListAttachedRolePolicies",
                "iam:ListInstanceProfilesForRole",
                "iam:GetRolePolicy"),
            roles));
    // a role's permissions are written only under the stage's Lambda boundary
    s.add(
        PolicyStatement.allow(
                "WriteStageRolesWithinBoundary",
                List.of(
                    "iam:CreateRole",
                    "iam:PutRolePermissionsBoundary",
                    "iam:PutRolePolicy",
                    "iam:DeleteRolePolicy"),
                roles)
            .when(
                "StringEquals",
                "iam:PermissionsBoundary",
                List.of(LambdaBoundary.arn(account, stack))));
    s.add(
        PolicyStatement.allow("PassStageRolesToLambda", List.of("iam:PassRole"), roles)
            .when("StringEquals", "iam:PassedToService", List.of("lambda.amazonaws.com")));
    s.add(
        PolicyStatement.allow(
            "ManageStageTables",
            List.of(
                "dynamodb:CreateTable",
                "dynamodb:DeleteTable",
                "dynamodb:UpdateTable",
                "dynamodb:Describe*",
                "dynamodb:UpdateTimeToLive",
                "dynamodb:UpdateContinuousBackups",
                "dynamodb:ListTagsOfResource",
                "dynamodb:TagResource",
                "dynamodb:UntagResource"),
            List.of(account.arn("dynamodb", "table/" + stage + ".*"))));
    String buckets = account.s3(StageStack.objectStorePrefix(stage) + "*");
    s.add(
        PolicyStatement.allow(
            "ManageStageBuckets",
            List.of(
                "s3:CreateBucket",
                "s3:DeleteBucket",
                "s3:DeleteBucketPolicy",
                "s3:Get*",
                "s3:List*",
                "s3:Put*"),
            List.of(buckets)));
    s.add(
        PolicyStatement.allow(
            "EmptyStageBucketsOnDestroy",
            List.of("s3:DeleteObject", "s3:DeleteObjectVersion"),
            List.of(buckets + "/*")));
    s.add(
        PolicyStatement.allow(
            "ManageStageParameters",
            List.of(
                "ssm:PutParameter",
                "ssm:DeleteParameter",
                "ssm:GetParameter",
                "ssm:GetParameters",
                "ssm:AddTagsToResource",
                "ssm:RemoveTagsFromResource",
                "ssm:ListTagsForResource"),
            List.of(account.arn("ssm", "parameter" + StageStack.parameterPath(stage) + "*"))));
    s.add(
        PolicyStatement.allow(
            "ManageStageLogGroups",
            List.of(
                "logs:CreateLogGroup",
                "logs:DeleteLogGroup",
                "logs:PutRetentionPolicy",
                "logs:DeleteRetentionPolicy",
                "logs:TagResource",
                "logs:UntagResource",
                "logs:ListTagsForResource",
                "logs:ListTagsLogGroup",
                "logs:TagLogGroup"),
            List.of(
                account.arn("logs", "log-group:/aws/lambda/" + prefix + "*"),
                account.arn("logs", "log-group:" + StageStack.accessLogPrefix(stage) + "*"))));
    s.addAll(apiGatewayAndCertificates());
    s.add(logDelivery());
    s.addAll(new OpsRolePolicy(account).deploy(stage));
    s.addAll(base.describeOnly());
    return List.copyOf(s);
  }

  /**
   * API Gateway ARNs hold generated ids, not names, so APIs cannot be scoped by stage: both deploy
   * roles may manage every HTTP/WebSocket API and domain name of this account and region. The
   * compromise is documented in infra/README.md.
   */
  private List<PolicyStatement> apiGatewayAndCertificates() {
    return List.of(
        PolicyStatement.allow(
            "ManageApis",
            List.of(
                "apigateway:GET",
                "apigateway:POST",
                "apigateway:PUT",
                "apigateway:PATCH",
                "apigateway:DELETE",
                "apigateway:TagResource",
                "apigateway:UntagResource"),
            List.of(
                account.apigateway("/apis"),
                account.apigateway("/apis/*"),
                account.apigateway("/domainnames"),
                account.apigateway("/domainnames/*"),
                account.apigateway("/tags/*"))),
        PolicyStatement.allow(
            "ManageCertificates",
            List.of(
                "acm:RequestCertificate",
                "acm:DescribeCertificate",
                "acm:DeleteCertificate",
                "acm:ListTagsForCertificate",
                "acm:AddTagsToCertificate",
                "acm:RemoveTagsFromCertificate"),
            List.of(account.arn("acm", "certificate/*"))));
  }

  /**
   * API Gateway sets up access-log delivery with the caller's permissions; these logs actions have
   * no resource-level permissions.
   */
  private PolicyStatement logDelivery() {
    return PolicyStatement.allow(
        "ApiAccessLogDelivery",
        List.of(
            "logs:CreateLogDelivery",
            "logs:GetLogDelivery",
            "logs:UpdateLogDelivery",
            "logs:DeleteLogDelivery",
            "logs:ListLogDeliveries",
            "logs:PutResourcePolicy",
            "logs:DescribeResourcePolicies"),
        List.of(account.arn("logs", "*")));
  }
}
