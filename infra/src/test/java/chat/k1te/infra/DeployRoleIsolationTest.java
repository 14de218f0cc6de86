package chat.k1te.infra;

import static org.assertj.core.api.Assertions.assertThat;

import chat.k1te.contracts.Installation;
import chat.k1te.contracts.OidcRole;
import chat.k1te.contracts.Stack;
import chat.k1te.infra.iam.ConcreteArns;
import chat.k1te.infra.iam.IamEvaluator;
import chat.k1te.infra.iam.IamRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each deploy role acts only on its own stage: the synthesized policies of kite-build, evaluated
 * against changes to the other stage's resources, must deny every one of them, and allow the same
 * changes to the role's own stage (so the evaluator is not simply denying everything).
 */
class DeployRoleIsolationTest {
  private static final String REGION = ConcreteArns.REGION;
  private static final String ACCOUNT = ConcreteArns.ACCOUNT;
  private static final String STAGE_TAG = "aws:ResourceTag/stage";
  private static final String NEW_STAGE_TAG = "aws:RequestTag/stage";
  private static final String SHA = "0123456789abcdef0123456789abcdef01234567";

  private static IamEvaluator dev;
  private static IamEvaluator prod;
  private static IamEvaluator acmeDev;
  private static IamEvaluator acmeProd;

  @BeforeAll
  static void synth() {
    IamView iam = IamView.of(Synthesized.defaults().json(Stack.KITE_BUILD));
    dev = evaluator(iam, OidcRole.DEPLOY_DEV, Installation.DEFAULT);
    prod = evaluator(iam, OidcRole.DEPLOY_PROD, Installation.DEFAULT);
    // a second installation in the same account (shared with TwoInstallationsTest's synthesis)
    Installation acme = new Installation("acme");
    IamView acmeIam =
        IamView.of(
            Synthesized.with(TwoInstallationsTest.inputs("acme", "arm64")).json(Stack.KITE_BUILD));
    acmeDev = evaluator(acmeIam, OidcRole.DEPLOY_DEV, acme);
    acmeProd = evaluator(acmeIam, OidcRole.DEPLOY_PROD, acme);
  }

  private static IamEvaluator evaluator(IamView iam, OidcRole role, Installation installation) {
    return new IamEvaluator(
        ConcreteArns.resolve(iam.role(installation.roleName(role)).permissions()));
  }

  /** Changes a deploy role makes to the resources of {@code stage} of the default installation. */
  private static List<IamRequest> stageChanges(String stage) {
    return stageChanges("kite", stage);
  }

  /**
   * Changes a deploy role makes to the resources of {@code stage} of the installation named {@code
   * prefix} (with its ids and tags). The names are written out here rather than derived by the code
   * under test: {@code dev-…} in the default installation, {@code acme-dev-…} in another.
   */
  private static List<IamRequest> stageChanges(String prefix, String apiStage) {
    boolean other = !"kite".equals(prefix);
    String stage = other ? prefix + "-" + apiStage : apiStage;
    String apigw = "arn:aws:apigateway:" + REGION + "::";
    String api = apigw + "/apis/" + stage + "api01";
    String host =
        (other ? prefix + "-" : "")
            + ("prod".equals(apiStage) ? "ws" : "ws-" + apiStage)
            + ".example.org";
    String domain = apigw + "/domainnames/" + host;
    String certificate = "arn:aws:acm:" + REGION + ":" + ACCOUNT + ":certificate/" + stage + "-1";
    String function = "arn:aws:lambda:" + REGION + ":" + ACCOUNT + ":function:" + stage;
    String role = "arn:aws:iam::" + ACCOUNT + ":role/" + stage + "-request-dispatcher";
    String boundary = "arn:aws:iam::" + ACCOUNT + ":policy/" + stage + "-kite-lambda-boundary";
    String bucket = "arn:aws:s3:::" + stage + "-k1te-chat-object-store-abc123";
    String state =
        "arn:aws:s3:::"
            + ConcreteArns.STATE_BUCKET
            + "/"
            + prefix
            + "/kite-"
            + apiStage
            + ".tfstate";
    List<IamRequest> r = new ArrayList<>();
    for (String method : List.of("PATCH", "DELETE", "PUT")) {
      r.add(IamRequest.of("apigateway:" + method, api).with(STAGE_TAG, stage));
      r.add(IamRequest.of("apigateway:" + method, domain).with(STAGE_TAG, stage));
    }
    r.add(IamRequest.of("apigateway:POST", api + "/integrations").with(STAGE_TAG, stage));
    r.add(IamRequest.of("apigateway:PATCH", api + "/integrations/abc").with(STAGE_TAG, stage));
    r.add(IamRequest.of("apigateway:PATCH", api + "/routes/r1").with(STAGE_TAG, stage));
    r.add(IamRequest.of("apigateway:DELETE", api + "/stages/" + apiStage).with(STAGE_TAG, stage));
    r.add(IamRequest.of("apigateway:POST", domain + "/apimappings").with(STAGE_TAG, stage));
    r.add(IamRequest.of("apigateway:POST", apigw + "/apis").with(NEW_STAGE_TAG, stage));
    r.add(IamRequest.of("apigateway:POST", apigw + "/domainnames").with(NEW_STAGE_TAG, stage));
    r.add(
        IamRequest.of("apigateway:POST", apigw + "/tags/" + api)
            .with(STAGE_TAG, stage)
            .with(NEW_STAGE_TAG, stage));
    r.add(IamRequest.of("apigateway:DELETE", apigw + "/tags/" + api).with(STAGE_TAG, stage));
    r.add(IamRequest.of("acm:DeleteCertificate", certificate).with(STAGE_TAG, stage));
    r.add(IamRequest.of("acm:RemoveTagsFromCertificate", certificate).with(STAGE_TAG, stage));
    r.add(
        IamRequest.of("acm:AddTagsToCertificate", certificate)
            .with(STAGE_TAG, stage)
            .with(NEW_STAGE_TAG, stage));
    r.add(IamRequest.of("acm:RequestCertificate", certificate).with(NEW_STAGE_TAG, stage));
    for (String action :
        List.of(
            "lambda:UpdateFunctionCode",
            "lambda:UpdateFunctionConfiguration",
            "lambda:DeleteFunction",
            "lambda:AddPermission")) {
      r.add(IamRequest.of(action, function + "-request-dispatcher"));
      r.add(IamRequest.of(action, function + "-tg-authorizer"));
    }
    r.add(IamRequest.of("iam:PutRolePolicy", role).with("iam:PermissionsBoundary", boundary));
    r.add(IamRequest.of("iam:DeleteRole", role));
    r.add(IamRequest.of("iam:PassRole", role).with("iam:PassedToService", "lambda.amazonaws.com"));
    r.add(
        IamRequest.of(
            "dynamodb:DeleteTable",
            "arn:aws:dynamodb:" + REGION + ":" + ACCOUNT + ":table/" + stage + ".Channels"));
    r.add(IamRequest.of("s3:PutBucketPolicy", bucket));
    r.add(IamRequest.of("s3:DeleteObject", bucket + "/files/a.png"));
    r.add(
        IamRequest.of(
            "ssm:PutParameter",
            "arn:aws:ssm:"
                + REGION
                + ":"
                + ACCOUNT
                + ":parameter/"
                + prefix
                + "/"
                + apiStage
                + "/telegram-bot-token"));
    r.add(
        IamRequest.of(
            "logs:DeleteLogGroup",
            "arn:aws:logs:"
                + REGION
                + ":"
                + ACCOUNT
                + ":log-group:/aws/lambda/"
                + stage
                + "-request-dispatcher"));
    r.add(IamRequest.of("s3:PutObject", state));
    return r;
  }

  @Test
  void devRoleCannotChangeAnyProdResource() {
    assertDenied(dev, stageChanges("prod"), "dev");
  }

  @Test
  void prodRoleCannotChangeAnyDevResource() {
    assertDenied(prod, stageChanges("dev"), "prod");
  }

  @Test
  void eachRoleCanChangeItsOwnStage() {
    assertAllowed(dev, stageChanges("dev"), "dev");
    assertAllowed(prod, stageChanges("prod"), "prod");
  }

  @Test
  void noDeployRoleCanChangeAnotherInstallationsStage() {
    for (String stage : List.of("dev", "prod")) {
      assertDenied(dev, stageChanges("acme", stage), "dev");
      assertDenied(prod, stageChanges("acme", stage), "prod");
      // a prefix that starts with the default one's
      assertDenied(dev, stageChanges("kite2", stage), "dev");
      assertDenied(acmeDev, stageChanges("kite", stage), "acme dev");
      assertDenied(acmeProd, stageChanges("kite", stage), "acme prod");
    }
    assertDenied(acmeDev, stageChanges("acme", "prod"), "acme dev");
    assertDenied(acmeProd, stageChanges("acme", "dev"), "acme prod");
  }

  @Test
  void anotherInstallationsRolesChangeItsOwnStages() {
    assertAllowed(acmeDev, stageChanges("acme", "dev"), "acme dev");
    assertAllowed(acmeProd, stageChanges("acme", "prod"), "acme prod");
  }

  @Test
  void untaggedApisOfOtherSystemsAreOutOfReach() {
    String other = "arn:aws:apigateway:" + REGION + "::/apis/someoneelse";
    for (IamEvaluator role : List.of(dev, prod)) {
      assertThat(role.allows(IamRequest.of("apigateway:DELETE", other))).isFalse();
      assertThat(role.allows(IamRequest.of("apigateway:POST", other + "/routes"))).isFalse();
      assertThat(role.allows(IamRequest.of("apigateway:GET", other))).isTrue();
    }
  }

  @Test
  void noDeployRoleCanRewriteTrustOrArtifacts() {
    for (IamEvaluator role : List.of(dev, prod)) {
      for (String stage : List.of("dev", "prod")) {
        assertThat(
                role.allows(
                    IamRequest.of(
                        "iam:UpdateAssumeRolePolicy",
                        "arn:aws:iam::" + ACCOUNT + ":role/" + stage + "-request-dispatcher")))
            .isFalse();
      }
      String artifacts = "arn:aws:s3:::" + ConcreteArns.ARTIFACTS_BUCKET;
      assertThat(
              role.allows(
                  IamRequest.of("s3:PutObject", artifacts + "/lambda/" + SHA + "/function.zip")))
          .isFalse();
      assertThat(role.allows(IamRequest.of("s3:PutObject", artifacts + "/builds/" + SHA + ".json")))
          .isFalse();
    }
  }

  private static void assertDenied(IamEvaluator role, List<IamRequest> requests, String name) {
    List<String> allowed = requests.stream().filter(role::allows).map(describe(role)).toList();
    assertThat(allowed).as("the %s deploy role may change the other stage", name).isEmpty();
  }

  private static void assertAllowed(IamEvaluator role, List<IamRequest> requests, String name) {
    List<String> denied =
        requests.stream().filter(r -> !role.allows(r)).map(IamRequest::toString).toList();
    assertThat(denied).as("the %s deploy role cannot change its own stage", name).isEmpty();
  }

  private static Function<IamRequest, String> describe(IamEvaluator role) {
    return r -> r + " (allowed by " + role.allowingStatements(r) + ")";
  }
}
