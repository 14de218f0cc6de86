package chat.k1te.infra;

import static org.assertj.core.api.Assertions.assertThat;

import chat.k1te.contracts.KiteFunction;
import chat.k1te.contracts.LambdaEnvironment;
import chat.k1te.contracts.Retention;
import chat.k1te.contracts.Stack;
import com.fasterxml.jackson.databind.JsonNode;
import com.hashicorp.cdktf.Testing;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class StageStackTest {
  private static Synthesized synthesized;
  private static JsonNode dev;
  private static JsonNode prod;

  @BeforeAll
  static void synth() {
    synthesized = Synthesized.defaults();
    dev = synthesized.json(Stack.KITE_DEV);
    prod = synthesized.json(Stack.KITE_PROD);
  }

  @Test
  void webSocketApiRoutesFramesByTheirFirstElement() {
    JsonNode api =
        Synthesized.resourceWhere(dev, "aws_apigatewayv2_api", "protocol_type", "WEBSOCKET");
    assertThat(api.path("route_selection_expression").asText()).isEqualTo("$request.body.[0]");
    assertThat(
            Synthesized.resources(dev, "aws_apigatewayv2_route").values().stream()
                .map(r -> r.path("route_key").asText())
                .toList())
        .containsExactlyInAnyOrder("$connect", "$disconnect", "$default", "PING", "POST /tg");
  }

  @Test
  void pingIsAnsweredPongWithoutLambda() {
    JsonNode mock =
        Synthesized.resourceWhere(dev, "aws_apigatewayv2_integration", "integration_type", "MOCK");
    assertThat(mock.at("/request_templates/$default").asText()).isEqualTo("{\"statusCode\":200}");
    JsonNode response =
        Synthesized.resources(dev, "aws_apigatewayv2_integration_response")
            .values()
            .iterator()
            .next();
    assertThat(response.at("/response_templates/$default").asText()).isEqualTo("[\"PONG\"]");
    JsonNode ping = Synthesized.resourceWhere(dev, "aws_apigatewayv2_route", "route_key", "PING");
    assertThat(ping.path("target").asText())
        .contains("aws_apigatewayv2_integration.")
        .contains(".id}");
    assertThat(ping.path("route_response_selection_expression").asText()).isEqualTo("$default");
  }

  @Test
  void webhookRouteIsBehindTheSecretHeaderAuthorizer() {
    JsonNode route =
        Synthesized.resourceWhere(dev, "aws_apigatewayv2_route", "route_key", "POST /tg");
    assertThat(route.path("authorization_type").asText()).isEqualTo("CUSTOM");
    String synthesizedDev = Testing.synth(synthesized.stack(Stack.KITE_DEV));
    assertThat(
            Testing.toHaveResourceWithProperties(
                synthesizedDev,
                "aws_apigatewayv2_authorizer",
                Map.of(
                    "authorizer_type",
                    "REQUEST",
                    "authorizer_payload_format_version",
                    "2.0",
                    "enable_simple_responses",
                    true,
                    "identity_sources",
                    List.of("$request.header.X-Telegram-Bot-Api-Secret-Token"))))
        .isTrue();
    JsonNode authorizer =
        Synthesized.resources(dev, "aws_apigatewayv2_authorizer").values().iterator().next();
    assertThat(authorizer.path("authorizer_result_ttl_in_seconds").asInt()).isBetween(0, 300);
  }

  @Test
  void threeNativeArm64FunctionsFromTheArtifactsBucket() {
    for (KiteFunction function : KiteFunction.values()) {
      JsonNode lambda =
          Synthesized.resourceWhere(
              dev, "aws_lambda_function", "function_name", function.functionName("dev"));
      assertThat(lambda.path("runtime").asText()).isEqualTo("provided.al2023");
      // one bootstrap for all three: it dispatches on _HANDLER
      assertThat(lambda.path("handler").asText()).isEqualTo(function.handler());
      assertThat(IamView.texts(lambda.path("architectures"))).containsExactly("arm64");
      assertThat(lambda.path("s3_bucket").asText()).isEqualTo("${var.artifacts_bucket}");
      assertThat(lambda.path("s3_key").asText())
          .isEqualTo("lambda/${var.artifact_commit}/function.zip");
      assertThat(lambda.at("/environment/variables/" + LambdaEnvironment.STAGE).asText())
          .isEqualTo("dev");
      assertThat(lambda.at("/logging_config/log_format").asText()).isEqualTo("JSON");
      assertThat(lambda.at("/logging_config/application_log_level").asText()).isEqualTo("INFO");
      assertThat(lambda.at("/logging_config/log_group").asText())
          .as("the log group the stack creates, with its retention")
          .startsWith("${aws_cloudwatch_log_group.")
          .endsWith(".name}");
    }
    assertThat(
            Synthesized.resources(prod, "aws_lambda_function").values().stream()
                .map(l -> l.path("function_name").asText())
                .toList())
        .containsExactlyInAnyOrder(
            "prod-request-dispatcher", "prod-lifecycle", "prod-tg-authorizer");
  }

  @Test
  void dispatcherKnowsItsEndpointsBucketAndSecrets() {
    JsonNode env =
        Synthesized.resourceWhere(
                dev, "aws_lambda_function", "function_name", "dev-request-dispatcher")
            .at("/environment/variables");
    assertThat(iterable(env.fieldNames()))
        .containsExactlyInAnyOrder(
            LambdaEnvironment.STAGE,
            LambdaEnvironment.WS_API_EXECUTION_ENDPOINT,
            LambdaEnvironment.WS_API_PUBLIC_URL,
            LambdaEnvironment.TELEGRAM_WEBHOOK_ENDPOINT,
            LambdaEnvironment.BUCKET_NAME,
            LambdaEnvironment.TELEGRAM_BOT_TOKEN_PARAMETER,
            LambdaEnvironment.TELEGRAM_SECRET_TOKEN_PARAMETER);
    assertThat(env.path(LambdaEnvironment.WS_API_EXECUTION_ENDPOINT).asText())
        .contains("replace(")
        .contains("wss://")
        .contains("https://");
    assertThat(env.path(LambdaEnvironment.TELEGRAM_WEBHOOK_ENDPOINT).asText()).endsWith("/tg");
  }

  @Test
  void everyFunctionHasItsOwnLeastPrivilegeRole() {
    IamView iam = IamView.of(dev);
    assertThat(iam.roles().keySet())
        .containsExactlyInAnyOrder("dev-request-dispatcher", "dev-lifecycle", "dev-tg-authorizer");
    // the handlers read SSM with GetParameters only (one call for all their secrets)
    assertThat(actions(iam.role("dev-tg-authorizer")))
        .isEqualTo("logs:CreateLogStream,logs:PutLogEvents,ssm:GetParameters");
    assertThat(actions(iam.role("dev-lifecycle")))
        .isEqualTo("logs:CreateLogStream,logs:PutLogEvents,ssm:GetParameters");
    assertThat(actions(iam.role("dev-request-dispatcher")))
        .isEqualTo(
            String.join(
                ",",
                "dynamodb:BatchWriteItem",
                "dynamodb:DeleteItem",
                "dynamodb:GetItem",
                "dynamodb:PutItem",
                "dynamodb:Query",
                "execute-api:ManageConnections",
                "logs:CreateLogStream",
                "logs:PutLogEvents",
                "s3:GetObject",
                "s3:PutObject",
                "ssm:GetParameters"));
    JsonNode push =
        BuildStackTest.statement(iam.role("dev-request-dispatcher").permissions(), "PushToWidgets");
    assertThat(IamView.texts(push.path("resources")).get(0)).endsWith("/dev/*/@connections/*");
    JsonNode secret =
        BuildStackTest.statement(iam.role("dev-tg-authorizer").permissions(), "ReadWebhookSecret");
    assertThat(IamView.texts(secret.path("resources")))
        .containsExactly("${aws_ssm_parameter.telegram-secret-token.arn}");
  }

  @Test
  void lifecycleFunctionRegistersTheWebhookOnEveryChange() {
    JsonNode invocation =
        Synthesized.resources(dev, "aws_lambda_invocation").values().iterator().next();
    assertThat(invocation.path("lifecycle_scope").asText()).isEqualTo("CRUD");
    assertThat(invocation.path("function_name").asText()).contains("lifecycle");
    assertThat(iterable(invocation.path("triggers").fieldNames()))
        .containsExactlyInAnyOrder("webhook_url", "bot_token_version", "secret_token_version");
    assertThat(invocation.path("input").asText())
        .contains("jsonencode")
        .doesNotContain("var.telegram");
  }

  @Test
  void secretsAreWriteOnlySecureStrings() {
    Synthesized.resources(dev, "aws_ssm_parameter")
        .values()
        .forEach(
            p -> {
              assertThat(p.path("type").asText()).isEqualTo("SecureString");
              assertThat(p.has("value")).isFalse();
              assertThat(p.path("value_wo").asText()).startsWith("${var.telegram_");
              assertThat(p.path("name").asText()).startsWith("/kite/dev/");
            });
    JsonNode variables = dev.path("variable");
    for (String secret : List.of("telegram_bot_token", "telegram_secret_token")) {
      JsonNode v = variables.path(secret);
      assertThat(v.path("sensitive").asBoolean()).isTrue();
      assertThat(v.path("ephemeral").asBoolean()).isTrue();
      assertThat(v.path("nullable").asBoolean()).isTrue();
      assertThat(v.has("default") && v.path("default").isNull())
          .as(secret + " default null")
          .isTrue();
    }
    assertThat(variables.has("cloudflare_api_token")).isFalse();
  }

  @Test
  void filesBucketHasCorsAndOutlivesTheHistoryThatLinksToIt() {
    JsonNode cors =
        Synthesized.resources(dev, "aws_s3_bucket_cors_configuration").values().iterator().next();
    assertThat(IamView.texts(cors.at("/cors_rule/0/allowed_methods")))
        .containsExactlyInAnyOrder("HEAD", "GET", "PUT");
    JsonNode lifecycle =
        Synthesized.resources(dev, "aws_s3_bucket_lifecycle_configuration")
            .values()
            .iterator()
            .next();
    assertThat(lifecycle.at("/rule/0/expiration/days").asInt())
        .isEqualTo(Retention.FILE_DAYS)
        .isGreaterThan(Retention.HISTORY_DAYS);
    assertThat(
            Synthesized.resources(dev, "aws_s3_bucket")
                .values()
                .iterator()
                .next()
                .path("force_destroy")
                .asBoolean())
        .isTrue();
    assertThat(
            Synthesized.resources(prod, "aws_s3_bucket")
                .values()
                .iterator()
                .next()
                .path("force_destroy")
                .asBoolean())
        .isFalse();
  }

  @Test
  void logsHaveRetentionAndStagesAreThrottledAndAccessLogged() {
    for (JsonNode stack : List.of(dev, prod)) {
      Map<String, JsonNode> groups = Synthesized.resources(stack, "aws_cloudwatch_log_group");
      assertThat(groups).hasSize(5);
      groups.values().forEach(g -> assertThat(g.path("retention_in_days").asInt()).isPositive());
      Synthesized.resources(stack, "aws_apigatewayv2_stage")
          .values()
          .forEach(
              s -> {
                assertThat(s.path("auto_deploy").asBoolean()).isTrue();
                assertThat(s.at("/default_route_settings/throttling_rate_limit").asInt())
                    .isPositive();
                assertThat(s.at("/default_route_settings/throttling_burst_limit").asInt())
                    .isPositive();
                assertThat(s.at("/default_route_settings/data_trace_enabled").asBoolean())
                    .isFalse();
                assertThat(s.at("/access_log_settings/destination_arn").asText())
                    .startsWith("${aws_cloudwatch_log_group.");
              });
    }
  }

  @Test
  void partialBackendAndWorkflowContract() {
    for (Stack stack : List.of(Stack.KITE_BUILD, Stack.KITE_DEV, Stack.KITE_PROD)) {
      JsonNode s3 = synthesized.json(stack).at("/terraform/backend/s3");
      assertThat(s3.path("key").asText()).isEqualTo(stack.stateKey());
      assertThat(s3.path("encrypt").asBoolean()).isTrue();
      assertThat(s3.path("use_lockfile").asBoolean()).isTrue();
      assertThat(s3.has("bucket")).isFalse();
      assertThat(s3.has("region")).isFalse();
      assertThat(synthesized.json(stack).at("/terraform/required_providers/aws/version").asText())
          .isEqualTo("~> 5.100");
    }
    for (JsonNode stack : List.of(dev, prod)) {
      assertThat(iterable(stack.path("output").fieldNames()))
          .containsExactlyInAnyOrder(
              "ws_url",
              "webhook_url",
              "bucket_name",
              "request_dispatcher_function",
              "artifact_commit",
              "telegram_secrets_version");
      assertThat(stack.at("/output/artifact_commit/value").asText())
          .isEqualTo("${var.artifact_commit}");
      assertThat(stack.at("/output/telegram_secrets_version/value").asText())
          .isEqualTo("${var.telegram_secrets_version}");
      assertThat(iterable(stack.path("variable").fieldNames()))
          .contains(
              "artifacts_bucket", "artifact_commit", "telegram_bot_token", "telegram_secret_token");
      assertThat(stack.at("/provider/aws/0/default_tags/0/tags/app").asText())
          .isEqualTo("k1te-chat");
    }
  }

  private static String actions(IamView.Role role) {
    return role.permissions().stream()
        .flatMap(s -> IamView.texts(s.path("actions")).stream())
        .distinct()
        .sorted()
        .collect(Collectors.joining(","));
  }

  private static List<String> iterable(java.util.Iterator<String> it) {
    return BuildStackTest.iterable(it);
  }
}
