package chat.k1te.infra.stacks;

import chat.k1te.contracts.Installation;
import chat.k1te.contracts.KiteFunction;
import chat.k1te.contracts.Stack;
import chat.k1te.infra.constructs.AwsAccount;
import chat.k1te.infra.constructs.PolicyStatement;
import java.util.ArrayList;
import java.util.List;

/** The nightly drift check: read-only plan of every AWS stack. */
final class DriftRolePolicy {
  private final GithubRolePolicies base;
  private final AwsAccount account;
  private final String artifactsBucket;
  private final Installation installation;
  private final List<NativeBuildProject.Names> nativeBuilds;

  DriftRolePolicy(GithubRolePolicies base) {
    this.base = base;
    this.account = base.account();
    this.artifactsBucket = base.artifactsBucket();
    this.installation = base.installation();
    this.nativeBuilds = base.nativeBuilds();
  }

  /**
   * Only Kite's own resources: its functions and their roles by exact name, the {@code kite-} roles
   * of kite-build, its tables, parameters, log groups and its native build projects. Certificates
   * carry generated ids (their tags and domain are configuration, not secrets).
   */
  private List<String> kiteResources() {
    List<String> resources = new ArrayList<>();
    for (Stack stack : Stack.aws()) {
      stack
          .stage()
          .ifPresent(
              stage -> {
                String scopedStage = installation.scopedStage(stage);
                for (KiteFunction function : KiteFunction.values()) {
                  String name = function.functionName(scopedStage);
                  resources.add(account.arn("lambda", "function:" + name));
                  resources.add(account.globalArn("iam", "role/" + name));
                }
                resources.add(account.arn("dynamodb", "table/" + scopedStage + ".*"));
                resources.add(account.arn("logs", "log-group:/aws/lambda/" + scopedStage + "-*"));
                resources.add(
                    account.arn(
                        "logs", "log-group:" + StageStack.accessLogPrefix(scopedStage) + "*"));
              });
    }
    resources.add(account.globalArn("iam", "role/" + installation.name("*")));
    resources.add(
        account.globalArn("iam", "oidc-provider/" + chat.k1te.contracts.OidcRole.TOKEN_HOST));
    resources.add(
        account.globalArn(
            "iam", "policy/" + installation.scopedStage("*") + "-kite-lambda-boundary"));
    resources.add(account.arn("ssm", "parameter" + installation.parameterRoot() + "*"));
    // every native build project of this kite-build (arm64, and x86_64 when configured)
    for (NativeBuildProject.Names build : nativeBuilds) {
      resources.add(account.arn("logs", "log-group:/aws/codebuild/" + build.project()));
      resources.add(account.arn("codebuild", "project/" + build.project()));
    }
    resources.add(account.arn("acm", "certificate/*"));
    return resources;
  }

  /**
   * Read-only plan of every stack: configuration reads only. Object reads are limited to the
   * Terraform state; table items, chat files and Lambda artifacts stay unreadable. The plan
   * refreshes the SSM parameters, and the aws provider reads them with decryption: that read is the
   * one secret-bearing permission, and the values never reach the state ({@code value_wo}).
   */
  List<PolicyStatement> statements() {
    List<PolicyStatement> s = new ArrayList<>();
    Stack.aws().forEach(stack -> s.addAll(base.stateAccess(stack, false)));
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
            kiteResources()));
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
            List.of(
                account.s3(StageStack.objectStorePrefix(installation.scopedStage("*")) + "*"),
                account.s3(artifactsBucket))));
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
    s.addAll(new OpsRolePolicy(account).drift(installation.scopedStage("*")));
    s.addAll(base.describeOnly());
    return List.copyOf(s);
  }
}
