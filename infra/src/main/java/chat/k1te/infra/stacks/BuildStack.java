package chat.k1te.infra.stacks;

import chat.k1te.contracts.Architecture;
import chat.k1te.contracts.Artifacts;
import chat.k1te.contracts.Installation;
import chat.k1te.contracts.OidcRole;
import chat.k1te.contracts.Stack;
import chat.k1te.infra.aws.api_gateway_account.ApiGatewayAccount;
import chat.k1te.infra.aws.api_gateway_account.ApiGatewayAccountConfig;
import chat.k1te.infra.aws.cloudwatch_log_group.CloudwatchLogGroup;
import chat.k1te.infra.aws.data_aws_iam_openid_connect_provider.DataAwsIamOpenidConnectProvider;
import chat.k1te.infra.aws.data_aws_iam_openid_connect_provider.DataAwsIamOpenidConnectProviderConfig;
import chat.k1te.infra.aws.iam_openid_connect_provider.IamOpenidConnectProvider;
import chat.k1te.infra.aws.iam_openid_connect_provider.IamOpenidConnectProviderConfig;
import chat.k1te.infra.aws.iam_role_policy_attachment.IamRolePolicyAttachment;
import chat.k1te.infra.aws.iam_role_policy_attachment.IamRolePolicyAttachmentConfig;
import chat.k1te.infra.constructs.AwsAccount;
import chat.k1te.infra.constructs.LogGroup;
import chat.k1te.infra.constructs.Policies;
import chat.k1te.infra.constructs.PolicyStatement;
import chat.k1te.infra.constructs.PrivateBucket;
import chat.k1te.infra.constructs.ServiceRole;
import com.hashicorp.cdktf.TerraformStack;
import com.hashicorp.cdktf.TerraformVariable;
import com.hashicorp.cdktf.TerraformVariableConfig;
import com.hashicorp.cdktf.TerraformVariableValidationConfig;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import software.constructs.Construct;

/**
 * {@code kite-build}: deployed once by hand. The artifacts bucket, the native build, GitHub's OIDC
 * provider with one role per {@link OidcRole}, and API Gateway's account-wide logging role.
 */
public final class BuildStack extends TerraformStack {
  static final String OIDC_URL = "https://" + OidcRole.TOKEN_HOST;

  /** Key prefixes of the Lambda packages and of their build records (see {@link Artifacts}). */
  static final String LAMBDA_PREFIX = "lambda/";

  static final String RECORD_PREFIX = "builds/";

  /** GitHub's published certificate thumbprints; AWS trusts GitHub's CA anyway. */
  static final List<String> OIDC_THUMBPRINTS =
      List.of(
          "6938fd4d98bab03faadb97b34396831e3780aea1", "1c58a3a8518e8759bf075b76b750d4f2df264fcd");

  public BuildStack(Construct scope, BuildProps props) {
    super(scope, Stack.KITE_BUILD.stackName());
    Installation installation = props.installation();
    AwsStacks.configure(this, Stack.KITE_BUILD, installation);
    AwsAccount account = AwsAccount.lookUp(this);
    TerraformVariable stateBucket =
        new TerraformVariable(
            this,
            "state_bucket",
            TerraformVariableConfig.builder()
                .type("string")
                .description(
                    "The S3 bucket holding Terraform state (the deploy and drift roles get access"
                        + " to their state keys in it)")
                .validation(
                    List.of(
                        TerraformVariableValidationConfig.builder()
                            .condition(
                                "${can(regex(\"^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$\","
                                    + " var.state_bucket))}")
                            .errorMessage("state_bucket must be an S3 bucket name.")
                            .build()))
                .build());

    PrivateBucket artifacts =
        new PrivateBucket(
            this,
            "artifacts",
            new PrivateBucket.Props(
                installation.name("artifacts-"),
                false,
                List.of(
                    new PrivateBucket.Expiry("expire-sources", "source/", props.sourceExpiryDays()),
                    new PrivateBucket.Expiry(
                        "expire-lambda-packages", LAMBDA_PREFIX, props.lambdaExpiryDays()),
                    new PrivateBucket.Expiry(
                        "expire-build-records", RECORD_PREFIX, props.lambdaExpiryDays()),
                    new PrivateBucket.Expiry("expire-build-cache", "cache/", 30)),
                // packages and their records are never deleted or replaced by anyone: a deploy
                // pins the version its record names, and a record is written once
                Optional.of(
                    new PrivateBucket.Immutable(
                        List.of(LAMBDA_PREFIX, RECORD_PREFIX), List.of(RECORD_PREFIX), 30))));
    List<NativeBuildProject> builds =
        props.nativeArchitectures().stream()
            .map(architecture -> nativeBuild(props, architecture, account, artifacts))
            .toList();

    String githubProviderArn = githubOidcProvider(props.existingOidcProvider());
    Stack.aws().stream()
        .filter(stack -> stack.stage().isPresent())
        .forEach(stack -> LambdaBoundary.create(this, account, installation, stack));
    GithubRolePolicies policies =
        new GithubRolePolicies(
            account,
            artifacts.name(),
            stateBucket.getStringValue(),
            builds.stream().map(NativeBuildProject::names).toList(),
            installation);
    for (OidcRole role : OidcRole.values()) {
      ServiceRole created =
          new ServiceRole(
              this,
              "github-" + role.name().toLowerCase(Locale.ROOT).replace('_', '-'),
              installation.roleName(role),
              "GitHub Actions of " + props.repository() + ": " + role.name(),
              Policies.federatedTrust(
                  this,
                  "trust-" + role.name().toLowerCase(Locale.ROOT),
                  githubProviderArn,
                  trustConditions(role, props.repository())),
              policies.forRole(role));
      AwsStacks.output(
          this, outputName(role), created.arn(), "ARN of " + installation.roleName(role));
    }
    apiGatewayLogging(account, installation);

    AwsStacks.output(
        this, Artifacts.ARTIFACTS_BUCKET_OUTPUT, artifacts.name(), "The artifacts bucket");
    AwsStacks.output(this, "codebuild_project", builds.get(0).name(), "The native build project");
    builds.stream()
        .skip(1)
        .forEach(
            b ->
                AwsStacks.output(
                    this,
                    "codebuild_project_" + b.architecture().id(),
                    b.name(),
                    "The native build project (" + b.architecture().id() + ")"));
  }

  /**
   * GitHub's OIDC provider: created here, or — when the account already has one (another
   * installation, another tool) — looked up by its URL, since an account holds one per URL.
   */
  private String githubOidcProvider(boolean existing) {
    if (existing) {
      return new DataAwsIamOpenidConnectProvider(
              this,
              "github-oidc",
              DataAwsIamOpenidConnectProviderConfig.builder().url(OIDC_URL).build())
          .getArn();
    }
    return new IamOpenidConnectProvider(
            this,
            "github-oidc",
            IamOpenidConnectProviderConfig.builder()
                .url(OIDC_URL)
                .clientIdList(List.of(OidcRole.AUDIENCE))
                .thumbprintList(OIDC_THUMBPRINTS)
                .build())
        .getArn();
  }

  /** arm64 keeps the construct ids it always had, so its resources keep their addresses. */
  private NativeBuildProject nativeBuild(
      BuildProps props, Architecture architecture, AwsAccount account, PrivateBucket artifacts) {
    String suffix = architecture == Architecture.ARM64 ? "" : "-" + architecture.id();
    CloudwatchLogGroup logs =
        LogGroup.create(
            this,
            "build-logs" + suffix,
            "/aws/codebuild/" + props.installation().codeBuildProject(architecture),
            props.logRetentionDays());
    return new NativeBuildProject(
        this, "native-build" + suffix, props, architecture, account, artifacts, logs);
  }

  /** {@code aud} must be STS; {@code sub} one of the role's subjects (StringLike for {@code *}). */
  static List<PolicyStatement.Condition> trustConditions(OidcRole role, String repository) {
    List<String> subjects = role.subjects(repository);
    String subjectTest =
        subjects.stream().anyMatch(s -> s.contains("*")) ? "StringLike" : "StringEquals";
    return List.of(
        new PolicyStatement.Condition(
            "StringEquals", OidcRole.TOKEN_HOST + ":aud", List.of(OidcRole.AUDIENCE)),
        new PolicyStatement.Condition(subjectTest, OidcRole.TOKEN_HOST + ":sub", subjects));
  }

  static String outputName(OidcRole role) {
    return switch (role) {
      case BUILD -> "build_role_arn";
      case DEPLOY_DEV -> "deploy_dev_role_arn";
      case DEPLOY_PROD -> "deploy_prod_role_arn";
      case DRIFT -> "drift_role_arn";
    };
  }

  /** The role API Gateway writes access logs with, e.g. {@code kite-apigateway-cloudwatch}. */
  static String apiGatewayRoleName(Installation installation) {
    return installation.name("apigateway-cloudwatch");
  }

  /**
   * WebSocket API access logs need API Gateway's account-wide CloudWatch role. It is one setting
   * per account and region, so it lives here rather than in either stage.
   */
  private void apiGatewayLogging(AwsAccount account, Installation installation) {
    ServiceRole role =
        new ServiceRole(
            this,
            "apigateway-logging",
            apiGatewayRoleName(installation),
            "Lets API Gateway write access logs to CloudWatch",
            Policies.serviceTrust(this, "apigateway-trust", "apigateway.amazonaws.com", List.of()),
            List.of());
    IamRolePolicyAttachment push =
        new IamRolePolicyAttachment(
            this,
            "apigateway-push-logs",
            IamRolePolicyAttachmentConfig.builder()
                .role(role.role().getName())
                .policyArn(
                    "arn:"
                        + account.partition()
                        + ":iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs")
                .build());
    new ApiGatewayAccount(
        this,
        "apigateway-account",
        ApiGatewayAccountConfig.builder()
            .cloudwatchRoleArn(role.arn())
            .dependsOn(List.of(push))
            .build());
  }
}
