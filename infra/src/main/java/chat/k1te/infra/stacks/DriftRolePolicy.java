package chat.k1te.infra.stacks;

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

  DriftRolePolicy(GithubRolePolicies base) {
    this.base = base;
    this.account = base.account();
    this.artifactsBucket = base.artifactsBucket();
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
            List.of(
                account.arn("lambda", "function:*"),
                account.globalArn("iam", "role/*"),
                account.globalArn("iam", "oidc-provider/*"),
                account.globalArn("iam", "policy/*-kite-lambda-boundary"),
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
    s.addAll(new OpsRolePolicy(account).drift());
    s.addAll(base.describeOnly());
    return List.copyOf(s);
  }
}
