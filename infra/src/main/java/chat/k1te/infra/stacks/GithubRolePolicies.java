package chat.k1te.infra.stacks;

import chat.k1te.infra.constructs.AwsAccount;
import chat.k1te.infra.constructs.PolicyStatement;
import chat.k1te.workflows.contract.Artifacts;
import chat.k1te.workflows.contract.OidcRole;
import chat.k1te.workflows.contract.Stack;
import java.util.ArrayList;
import java.util.List;

/**
 * The permissions of each GitHub Actions role. Names of stage resources all start with {@code
 * <stage>-} (tables {@code <stage>.}), which is what the deploy roles are scoped by.
 *
 * @param account ARNs of this account
 * @param artifactsBucket name of the artifacts bucket (expression)
 * @param stateBucket name of the Terraform state bucket (expression)
 * @param buildLogGroupArn ARN of the native build's log group
 */
record GithubRolePolicies(
    AwsAccount account, String artifactsBucket, String stateBucket, String buildLogGroupArn) {

  List<PolicyStatement> forRole(OidcRole role) {
    return switch (role) {
      case BUILD -> build();
      case DEPLOY_DEV -> deploy(Stack.KITE_DEV);
      case DEPLOY_PROD -> deploy(Stack.KITE_PROD);
      case DRIFT -> drift();
    };
  }

  private List<PolicyStatement> build() {
    return List.of(
        PolicyStatement.allow(
            "UploadSource",
            List.of("s3:PutObject"),
            List.of(account.s3(artifactsBucket + "/source/*"))),
        PolicyStatement.allow(
            "ReadLambdaArtifacts",
            List.of("s3:GetObject"),
            List.of(account.s3(artifactsBucket + "/lambda/*"))),
        // without ListBucket a missing artifact answers 403 instead of 404
        PolicyStatement.allow(
                "ListLambdaArtifacts",
                List.of("s3:ListBucket"),
                List.of(account.s3(artifactsBucket)))
            .when("StringLike", "s3:prefix", List.of("lambda/*")),
        PolicyStatement.allow(
            "RunNativeBuild",
            List.of("codebuild:StartBuild", "codebuild:StopBuild", "codebuild:BatchGetBuilds"),
            List.of(account.arn("codebuild", "project/" + Artifacts.CODEBUILD_PROJECT))),
        PolicyStatement.allow(
            "ReadBuildLogs", List.of("logs:GetLogEvents"), List.of(buildLogGroupArn + ":*")));
  }

  private List<PolicyStatement> deploy(Stack stack) {
    String stage = stack.stage().orElseThrow();
    String prefix = stage + "-";
    List<PolicyStatement> s = new ArrayList<>(stateAccess(stack, true));
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
            List.of(account.arn("lambda", "function:" + prefix + "*"))));
    s.add(
        PolicyStatement.allow(
            "ManageStageRoles",
            List.of(
                "iam:CreateRole",
                "iam:DeleteRole",
                "iam:GetRole",
                "iam:UpdateRole",
                "iam:UpdateAssumeRolePolicy",
                "iam:TagRole",
                "iam:UntagRole",
                "iam:ListRolePolicies",
                "iam:ListAttachedRolePolicies",
                "iam:ListInstanceProfilesForRole",
                "iam:GetRolePolicy",
                "iam:PutRolePolicy",
                "iam:DeleteRolePolicy"),
            List.of(account.globalArn("iam", "role/" + prefix + "*"))));
    s.add(
        PolicyStatement.allow(
                "PassStageRolesToLambda",
                List.of("iam:PassRole"),
                List.of(account.globalArn("iam", "role/" + prefix + "*")))
            .when("StringEquals", "iam:PassedToService", List.of("lambda.amazonaws.com")));
    s.add(
        PolicyStatement.allow(
            "ManageStageTables",
            List.of(
                "dynamodb:CreateTable",
                "dynamodb:DeleteTable",
                "dynamodb:UpdateTable",
                "dynamodb:DescribeTable",
                "dynamodb:DescribeTimeToLive",
                "dynamodb:UpdateTimeToLive",
                "dynamodb:DescribeContinuousBackups",
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
    s.addAll(describeOnly());
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

  /** Calls without resource-level permissions; they reveal names, never data. */
  private List<PolicyStatement> describeOnly() {
    return List.of(
        PolicyStatement.allow(
            "DescribeWithoutResourceLevel",
            List.of("logs:DescribeLogGroups", "ssm:DescribeParameters", "acm:ListCertificates"),
            List.of(account.arn("logs", "*"), account.arn("ssm", "*"), account.arn("acm", "*"))));
  }

  /**
   * Read-only plan of every stack: configuration reads only. Object reads are limited to the
   * Terraform state; table items, chat files and Lambda artifacts stay unreadable. The plan
   * refreshes the SSM parameters, and the aws provider reads them with decryption: that read is the
   * one secret-bearing permission, and the values never reach the state ({@code value_wo}).
   */
  private List<PolicyStatement> drift() {
    List<PolicyStatement> s = new ArrayList<>();
    Stack.aws().forEach(stack -> s.addAll(stateAccess(stack, false)));
    s.add(
        PolicyStatement.allow(
            "ReadConfiguration",
            List.of(
                "lambda:Get*",
                "lambda:List*",
                "iam:Get*",
                "iam:List*",
                "dynamodb:Describe*",
                "dynamodb:ListTagsOfResource",
                "ssm:GetParameter",
                "ssm:GetParameters",
                "ssm:ListTagsForResource",
                "logs:Describe*",
                "logs:ListTagsForResource",
                "logs:ListTagsLogGroup",
                "codebuild:BatchGetProjects",
                "acm:DescribeCertificate",
                "acm:ListTagsForCertificate"),
            List.of(
                account.arn("lambda", "function:*"),
                account.globalArn("iam", "role/*"),
                account.globalArn("iam", "oidc-provider/*"),
                account.arn("dynamodb", "table/*"),
                account.arn("ssm", "parameter/kite/*"),
                account.arn("logs", "log-group:*"),
                account.arn("codebuild", "project/*"),
                account.arn("acm", "certificate/*"))));
    // bucket-level ARNs only: s3:Get* here cannot read an object
    s.add(
        PolicyStatement.allow(
            "ReadBucketConfiguration",
            List.of(
                "s3:GetBucket*",
                "s3:GetLifecycleConfiguration",
                "s3:GetEncryptionConfiguration",
                "s3:GetAccelerateConfiguration",
                "s3:GetReplicationConfiguration",
                "s3:ListBucket"),
            List.of(account.s3("*-k1te-chat-object-store-*"), account.s3(artifactsBucket))));
    s.add(
        PolicyStatement.allow(
            "ReadApis",
            List.of("apigateway:GET"),
            List.of(
                account.apigateway("/apis"),
                account.apigateway("/apis/*"),
                account.apigateway("/domainnames"),
                account.apigateway("/domainnames/*"),
                account.apigateway("/account"),
                account.apigateway("/tags/*"))));
    s.addAll(describeOnly());
    return List.copyOf(s);
  }

  /** State object (and its lock file) of one stack; list only its own key. */
  private List<PolicyStatement> stateAccess(Stack stack, boolean write) {
    String key = stack.stateKey();
    String id = stack.stackName().replace("-", "");
    String object = account.s3(stateBucket + "/" + key);
    List<PolicyStatement> s = new ArrayList<>();
    s.add(
        PolicyStatement.allow(
                "ListState" + id, List.of("s3:ListBucket"), List.of(account.s3(stateBucket)))
            .when("StringEquals", "s3:prefix", List.of(key, key + ".tflock")));
    s.add(
        write
            ? PolicyStatement.allow(
                "WriteState" + id,
                List.of("s3:GetObject", "s3:PutObject", "s3:DeleteObject"),
                List.of(object, object + ".tflock"))
            : PolicyStatement.allow("ReadState" + id, List.of("s3:GetObject"), List.of(object)));
    return s;
  }
}
