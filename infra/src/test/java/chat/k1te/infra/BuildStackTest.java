package chat.k1te.infra;

import static org.assertj.core.api.Assertions.assertThat;

import chat.k1te.contracts.Artifacts;
import chat.k1te.contracts.KiteFunction;
import chat.k1te.contracts.OidcRole;
import chat.k1te.contracts.Stack;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BuildStackTest {
  private static JsonNode build;
  private static IamView iam;

  @BeforeAll
  static void synth() {
    build = Synthesized.defaults().json(Stack.KITE_BUILD);
    iam = IamView.of(build);
  }

  @Test
  void nativeBuildProjectAsTheRunnerExpects() {
    JsonNode project =
        Synthesized.resourceWhere(
            build, "aws_codebuild_project", "name", Artifacts.CODEBUILD_PROJECT);
    assertThat(project.at("/environment/type").asText()).isEqualTo("ARM_CONTAINER");
    assertThat(project.at("/environment/compute_type").asText()).isEqualTo("BUILD_GENERAL1_LARGE");
    assertThat(project.at("/environment/image").asText())
        .matches("[^:@]+(:[A-Za-z0-9._-]+|@sha256:[0-9a-f]{64})")
        .doesNotEndWith(":latest");
    assertThat(project.at("/source/type").asText()).isEqualTo("S3");
    assertThat(project.at("/source/buildspec").asText()).isEqualTo(Artifacts.BUILDSPEC);
    // lambda/<name>/function.zip where the buildspec names the artifact after the commit
    assertThat(project.at("/artifacts/path").asText()).isEqualTo("lambda");
    assertThat(project.at("/artifacts/packaging").asText()).isEqualTo("NONE");
    assertThat(project.at("/artifacts/namespace_type").asText()).isEqualTo("NONE");
    assertThat(project.at("/artifacts/override_artifact_name").asBoolean()).isTrue();
    assertThat(project.at("/cache/type").asText()).isEqualTo("S3");
    assertThat(project.at("/logs_config/cloudwatch_logs/group_name").asText())
        .startsWith("${aws_cloudwatch_log_group.");
  }

  @Test
  void buildLogsAndArtifactsExpire() {
    JsonNode logs =
        Synthesized.resourceWhere(
            build,
            "aws_cloudwatch_log_group",
            "name",
            "/aws/codebuild/" + Artifacts.CODEBUILD_PROJECT);
    assertThat(logs.path("retention_in_days").asInt()).isPositive();
    JsonNode lifecycle =
        Synthesized.resources(build, "aws_s3_bucket_lifecycle_configuration")
            .values()
            .iterator()
            .next();
    assertThat(lifecycle.findValuesAsText("prefix")).contains("source/", "lambda/");
  }

  @Test
  void githubOidcProviderForStsAudience() {
    JsonNode provider =
        Synthesized.resources(build, "aws_iam_openid_connect_provider").values().iterator().next();
    assertThat(provider.path("url").asText())
        .isEqualTo("https://token.actions.githubusercontent.com");
    assertThat(IamView.texts(provider.path("client_id_list"))).containsExactly("sts.amazonaws.com");
  }

  @Test
  void oneRolePerPurposeTrustingExactlyItsSubjects() {
    for (OidcRole role : OidcRole.values()) {
      IamView.Role created = iam.role(role.roleName());
      assertThat(created.trust()).hasSize(1);
      JsonNode trust = created.trust().get(0);
      assertThat(IamView.texts(trust.path("actions")))
          .containsExactly("sts:AssumeRoleWithWebIdentity");
      assertThat(trust.at("/principals/0/type").asText()).isEqualTo("Federated");
      List<String> subjects = role.subjects("pragmasoft-ua/kite-chat");
      JsonNode sub = condition(trust, "token.actions.githubusercontent.com:sub");
      assertThat(IamView.texts(sub.path("values"))).containsExactlyElementsOf(subjects);
      assertThat(sub.path("test").asText())
          .isEqualTo(
              subjects.stream().anyMatch(s -> s.contains("*")) ? "StringLike" : "StringEquals");
      JsonNode aud = condition(trust, "token.actions.githubusercontent.com:aud");
      assertThat(aud.path("test").asText()).isEqualTo("StringEquals");
      assertThat(IamView.texts(aud.path("values"))).containsExactly("sts.amazonaws.com");
    }
  }

  @Test
  void buildRoleMayOnlyRunTheBuildAndTouchItsObjects() {
    String actions =
        iam.role(OidcRole.BUILD.roleName()).permissions().stream()
            .flatMap(s -> IamView.texts(s.path("actions")).stream())
            .sorted()
            .collect(Collectors.joining(","));
    assertThat(actions)
        .isEqualTo(
            "codebuild:BatchGetBuilds,codebuild:StartBuild,codebuild:StopBuild,logs:GetLogEvents,"
                + "s3:GetObject,s3:ListBucket,s3:PutObject");
    JsonNode put = statement(iam.role(OidcRole.BUILD.roleName()).permissions(), "UploadSource");
    assertThat(IamView.texts(put.path("resources")).get(0)).endsWith("/source/*");
    JsonNode run = statement(iam.role(OidcRole.BUILD.roleName()).permissions(), "RunNativeBuild");
    assertThat(IamView.texts(run.path("resources")).get(0)).endsWith(":project/kite-native-arm64");
  }

  @Test
  void deployRolesAreScopedToTheirStage() {
    for (OidcRole role : List.of(OidcRole.DEPLOY_DEV, OidcRole.DEPLOY_PROD)) {
      String stage = role.environment().orElseThrow();
      List<JsonNode> permissions = iam.role(role.roleName()).permissions();
      // exact names: other systems' "<stage>-" functions and roles stay out of reach
      List<String> names =
          Arrays.stream(KiteFunction.values()).map(f -> f.functionName(stage)).toList();
      assertThat(IamView.texts(statement(permissions, "ManageStageFunctions").path("resources")))
          .map(r -> r.substring(r.indexOf(":function:") + ":function:".length()))
          .containsExactlyInAnyOrderElementsOf(
              names.stream().flatMap(n -> java.util.stream.Stream.of(n, n + ":*")).toList());
      for (String sid :
          List.of("ManageStageRoles", "WriteStageRolesWithinBoundary", "PassStageRolesToLambda")) {
        assertThat(IamView.texts(statement(permissions, sid).path("resources")))
            .as(sid)
            .map(r -> r.substring(r.indexOf(":role/") + ":role/".length()))
            .containsExactlyInAnyOrderElementsOf(names);
      }
      assertThat(IamView.texts(statement(permissions, "ManageStageTables").path("resources")))
          .allMatch(r -> r.endsWith(":table/" + stage + ".*"));
      String stateKey = Stack.byName("kite-" + stage).stateKey();
      assertThat(permissions.stream().flatMap(s -> IamView.texts(s.path("resources")).stream()))
          .filteredOn(r -> r.contains("/kite/") && r.contains(".tfstate"))
          .allMatch(r -> r.endsWith("/" + stateKey) || r.endsWith("/" + stateKey + ".tflock"));
    }
  }

  @Test
  void driftRoleOnlyReads() {
    iam.role(OidcRole.DRIFT.roleName()).permissions().stream()
        .flatMap(s -> IamView.texts(s.path("actions")).stream())
        .forEach(
            action ->
                assertThat(action.substring(action.indexOf(':') + 1))
                    .as(action)
                    .matches("(Get|List|Describe|BatchGet|View).*|GET"));
  }

  @Test
  void outputsForTheWorkflows() {
    assertThat(iterable(build.path("output").fieldNames()))
        .containsExactlyInAnyOrder(
            "artifacts_bucket",
            "codebuild_project",
            "build_role_arn",
            "deploy_dev_role_arn",
            "deploy_prod_role_arn",
            "drift_role_arn");
  }

  @Test
  void apiGatewayAccountLoggingRoleLivesHere() {
    assertThat(Synthesized.resources(build, "aws_api_gateway_account")).hasSize(1);
  }

  static JsonNode condition(JsonNode statement, String variable) {
    for (JsonNode c : statement.path("condition")) {
      if (c.path("variable").asText().equals(variable)) {
        return c;
      }
    }
    throw new AssertionError("no condition on " + variable + " in " + statement);
  }

  static JsonNode statement(List<JsonNode> statements, String sid) {
    return statements.stream()
        .filter(s -> s.path("sid").asText().equals(sid))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no statement " + sid));
  }

  static List<String> iterable(java.util.Iterator<String> it) {
    List<String> out = new java.util.ArrayList<>();
    it.forEachRemaining(out::add);
    return out;
  }
}
