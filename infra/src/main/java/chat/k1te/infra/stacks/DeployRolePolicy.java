package chat.k1te.infra.stacks;

import chat.k1te.contracts.Installation;
import chat.k1te.contracts.KiteFunction;
import chat.k1te.contracts.Stack;
import chat.k1te.infra.constructs.AwsAccount;
import chat.k1te.infra.constructs.PolicyStatement;
import java.util.ArrayList;
import java.util.List;

/**
 * Plan and apply one stage stack. Functions and their roles are named exactly; the other names of
 * stage resources start with {@code <scopedStage>-} (tables {@code <scopedStage>.}, parameters
 * {@code /kite/<stage>/}), which is what this role is scoped by; the scopedStage is the stage as
 * the installation names it ({@code dev}, {@code acme-dev}: {@link Installation#scopedStage}).
 */
final class DeployRolePolicy {
  private final GithubRolePolicies base;
  private final AwsAccount account;
  private final String artifactsBucket;
  private final Installation installation;

  DeployRolePolicy(GithubRolePolicies base) {
    this.base = base;
    this.account = base.account();
    this.artifactsBucket = base.artifactsBucket();
    this.installation = base.installation();
  }

  List<PolicyStatement> statements(Stack stack) {
    String stage = stack.stage().orElseThrow();
    String scopedStage = installation.scopedStage(stage);
    String prefix = scopedStage + "-";
    // Functions and roles by their exact names: a <stage>- prefix may be shared with other
    // systems' roles and functions in the account (whose trust or code must stay out of reach).
    List<String> functions = new ArrayList<>();
    List<String> roles = new ArrayList<>();
    for (KiteFunction function : KiteFunction.values()) {
      String name = installation.functionName(function, stage);
      functions.add(account.arn("lambda", "function:" + name));
      functions.add(account.arn("lambda", "function:" + name + ":*"));
      roles.add(account.globalArn("iam", "role/" + name));
    }
    List<PolicyStatement> s = new ArrayList<>(base.stateAccess(stack, true));
    s.add(
        PolicyStatement.allow(
            "ReadLambdaArtifacts",
            List.of("s3:GetObject", "s3:GetObjectVersion"),
            List.of(
                account.s3(artifactsBucket + "/" + BuildStack.LAMBDA_PREFIX + "*"),
                account.s3(artifactsBucket + "/" + BuildStack.RECORD_PREFIX + "*"))));
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
                List.of(LambdaBoundary.arn(account, installation, stack))));
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
            List.of(account.arn("dynamodb", "table/" + scopedStage + ".*"))));
    String buckets = account.s3(StageStack.objectStorePrefix(scopedStage) + "*");
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
            List.of(account.arn("ssm", "parameter" + installation.parameterPath(stage) + "*"))));
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
                account.arn(
                    "logs", "log-group:" + StageStack.accessLogPrefix(scopedStage) + "*"))));
    s.addAll(apiGatewayAndCertificates(scopedStage));
    s.add(logDelivery());
    s.addAll(new OpsRolePolicy(account).deploy(scopedStage));
    s.addAll(base.describeOnly());
    return List.copyOf(s);
  }

  /**
   * API Gateway and ACM ARNs hold generated ids, not names, so these are scoped by the {@code
   * stage} tag every resource of a stage gets from the provider's default tags (ABAC): a role may
   * create an API, domain name or certificate only tagged with its own stage, and change, delete or
   * re-tag one only while it carries its own stage's tag. Reads stay unconditioned (Terraform
   * refreshes by id; reading changes nothing). The tag's value is the stage's scopedStage, so
   * another installation's stage of the same name stays out of reach.
   */
  private List<PolicyStatement> apiGatewayAndCertificates(String scopedStage) {
    List<String> own = List.of(scopedStage);
    String resourceTag = "aws:ResourceTag/" + AwsStacks.STAGE_TAG;
    String requestTag = "aws:RequestTag/" + AwsStacks.STAGE_TAG;
    return List.of(
        PolicyStatement.allow(
            "ReadApis",
            List.of("apigateway:GET"),
            List.of(
                account.apigateway("/apis"),
                account.apigateway("/apis/*"),
                account.apigateway("/domainnames"),
                account.apigateway("/domainnames/*"),
                account.apigateway("/tags/*"))),
        PolicyStatement.allow(
                "CreateStageApis",
                List.of("apigateway:POST"),
                List.of(account.apigateway("/apis"), account.apigateway("/domainnames")))
            .when("StringEquals", requestTag, own),
        PolicyStatement.allow(
                "ChangeStageApis",
                List.of(
                    "apigateway:POST", "apigateway:PUT", "apigateway:PATCH", "apigateway:DELETE"),
                List.of(account.apigateway("/apis/*"), account.apigateway("/domainnames/*")))
            .when("StringEquals", resourceTag, own),
        PolicyStatement.allow(
                "TagStageApis",
                List.of(
                    "apigateway:POST",
                    "apigateway:PUT",
                    "apigateway:DELETE",
                    "apigateway:TagResource",
                    "apigateway:UntagResource"),
                List.of(account.apigateway("/tags/*")))
            .when("StringEquals", resourceTag, own)
            .when("StringEqualsIfExists", requestTag, own),
        PolicyStatement.allow(
            "ReadCertificates",
            List.of("acm:DescribeCertificate", "acm:ListTagsForCertificate"),
            List.of(account.arn("acm", "certificate/*"))),
        PolicyStatement.allow(
                "RequestStageCertificates",
                List.of("acm:RequestCertificate"),
                List.of(account.arn("acm", "certificate/*")))
            .when("StringEquals", requestTag, own),
        // tags come with the request; a certificate that already has a stage keeps it
        PolicyStatement.allow(
                "TagStageCertificates",
                List.of("acm:AddTagsToCertificate"),
                List.of(account.arn("acm", "certificate/*")))
            .when("StringEquals", requestTag, own)
            .when("StringEqualsIfExists", resourceTag, own),
        PolicyStatement.allow(
                "ChangeStageCertificates",
                List.of("acm:DeleteCertificate", "acm:RemoveTagsFromCertificate"),
                List.of(account.arn("acm", "certificate/*")))
            .when("StringEquals", resourceTag, own));
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
