package chat.k1te.infra.stacks;

import chat.k1te.contracts.Installation;
import chat.k1te.contracts.OidcRole;
import chat.k1te.contracts.Stack;
import chat.k1te.infra.constructs.AwsAccount;
import chat.k1te.infra.constructs.PolicyStatement;
import java.util.ArrayList;
import java.util.List;

/**
 * The permissions of each GitHub Actions role ({@link OidcRole}): the build role here, the deploy
 * and drift roles in {@link DeployRolePolicy} and {@link DriftRolePolicy}.
 *
 * @param account ARNs of this account
 * @param artifactsBucket name of the artifacts bucket (expression)
 * @param stateBucket name of the Terraform state bucket (expression)
 * @param nativeBuilds the native build projects (one per architecture) with their log groups
 * @param installation names the resources the roles reach
 */
record GithubRolePolicies(
    AwsAccount account,
    String artifactsBucket,
    String stateBucket,
    List<NativeBuildProject.Names> nativeBuilds,
    Installation installation) {

  GithubRolePolicies {
    nativeBuilds = List.copyOf(nativeBuilds);
  }

  List<PolicyStatement> forRole(OidcRole role) {
    return switch (role) {
      case BUILD -> build();
      case DEPLOY_DEV -> new DeployRolePolicy(this).statements(Stack.KITE_DEV);
      case DEPLOY_PROD -> new DeployRolePolicy(this).statements(Stack.KITE_PROD);
      case DRIFT -> new DriftRolePolicy(this).statements();
    };
  }

  private List<PolicyStatement> build() {
    String records = account.s3(artifactsBucket + "/" + BuildStack.RECORD_PREFIX + "*");
    String packages = account.s3(artifactsBucket + "/" + BuildStack.LAMBDA_PREFIX + "*");
    return List.of(
        PolicyStatement.allow(
            "UploadSource",
            List.of("s3:PutObject"),
            List.of(account.s3(artifactsBucket + "/source/*"))),
        PolicyStatement.allow(
            "ReadLambdaArtifacts",
            List.of("s3:GetObject", "s3:GetObjectVersion"),
            List.of(packages, records)),
        // a build record is created once, never replaced (the bucket policy enforces it too)
        PolicyStatement.allow("WriteBuildRecords", List.of("s3:PutObject"), List.of(records))
            .when("Null", "s3:if-none-match", List.of("false")),
        // without ListBucket a missing artifact answers 403 instead of 404
        PolicyStatement.allow(
                "ListLambdaArtifacts",
                List.of("s3:ListBucket"),
                List.of(account.s3(artifactsBucket)))
            .when(
                "StringLike",
                "s3:prefix",
                List.of(BuildStack.LAMBDA_PREFIX + "*", BuildStack.RECORD_PREFIX + "*")),
        PolicyStatement.allow(
            "RunNativeBuild",
            List.of("codebuild:StartBuild", "codebuild:StopBuild", "codebuild:BatchGetBuilds"),
            nativeBuilds.stream()
                .map(b -> account.arn("codebuild", "project/" + b.project()))
                .toList()),
        PolicyStatement.allow(
            "ReadBuildLogs",
            List.of("logs:GetLogEvents"),
            nativeBuilds.stream().map(b -> b.logGroupArn() + ":*").toList()));
  }

  /** Calls without resource-level permissions; they reveal names, never data. */
  List<PolicyStatement> describeOnly() {
    return List.of(
        PolicyStatement.allow(
            "DescribeWithoutResourceLevel",
            List.of("logs:DescribeLogGroups", "ssm:DescribeParameters", "acm:ListCertificates"),
            List.of(account.arn("logs", "*"), account.arn("ssm", "*"), account.arn("acm", "*"))));
  }

  /** State object (and its lock file) of one stack; list only its own key. */
  List<PolicyStatement> stateAccess(Stack stack, boolean write) {
    String key = installation.stateKey(stack);
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
