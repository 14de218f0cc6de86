package chat.k1te.infra.constructs;

import chat.k1te.infra.aws.apigatewayv2_stage.Apigatewayv2Stage;
import chat.k1te.infra.aws.apigatewayv2_stage.Apigatewayv2StageAccessLogSettings;
import chat.k1te.infra.aws.apigatewayv2_stage.Apigatewayv2StageConfig;
import chat.k1te.infra.aws.apigatewayv2_stage.Apigatewayv2StageDefaultRouteSettings;
import chat.k1te.infra.aws.cloudwatch_log_group.CloudwatchLogGroup;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import software.constructs.Construct;

/**
 * An auto-deployed API stage named after the Kite stage, throttled, with JSON access logs in a log
 * group of its own. Message bodies are never logged (no data trace).
 */
public final class ApiStage {
  private ApiStage() {}

  /** Throttling and logging of one API stage. */
  public record Settings(
      String stage, String logGroupName, int logRetentionDays, int rateLimit, int burstLimit) {}

  public static Apigatewayv2Stage create(
      Construct scope, String apiId, boolean websocket, Settings settings) {
    CloudwatchLogGroup logs =
        LogGroup.create(scope, "access-logs", settings.logGroupName(), settings.logRetentionDays());
    return new Apigatewayv2Stage(
        scope,
        "stage",
        Apigatewayv2StageConfig.builder()
            .apiId(apiId)
            .name(settings.stage())
            .autoDeploy(true)
            .defaultRouteSettings(
                Apigatewayv2StageDefaultRouteSettings.builder()
                    .throttlingRateLimit(settings.rateLimit())
                    .throttlingBurstLimit(settings.burstLimit())
                    .dataTraceEnabled(false)
                    .detailedMetricsEnabled(false)
                    .loggingLevel(websocket ? "OFF" : null)
                    .build())
            .accessLogSettings(
                Apigatewayv2StageAccessLogSettings.builder()
                    .destinationArn(logs.getArn())
                    .format(accessLogFormat(websocket))
                    .build())
            .build());
  }

  /** One JSON object per request; the fields differ between WebSocket and HTTP APIs. */
  static String accessLogFormat(boolean websocket) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("requestId", "$context.requestId");
    fields.put("requestTime", "$context.requestTime");
    fields.put("routeKey", "$context.routeKey");
    fields.put("status", "$context.status");
    if (websocket) {
      fields.put("eventType", "$context.eventType");
      fields.put("connectionId", "$context.connectionId");
    } else {
      fields.put("httpMethod", "$context.httpMethod");
      fields.put("path", "$context.path");
      fields.put("authorizerError", "$context.authorizer.error");
    }
    fields.put("integrationStatus", "$context.integrationStatus");
    fields.put("integrationLatency", "$context.integrationLatency");
    fields.put("ip", "$context.identity.sourceIp");
    return fields.entrySet().stream()
        .map(e -> "\"" + e.getKey() + "\":\"" + e.getValue() + "\"")
        .collect(Collectors.joining(",", "{", "}"));
  }
}
