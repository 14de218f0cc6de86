package chat.k1te.infra.constructs;

import chat.k1te.infra.aws.apigatewayv2_api.Apigatewayv2Api;
import chat.k1te.infra.aws.apigatewayv2_api.Apigatewayv2ApiConfig;
import chat.k1te.infra.aws.apigatewayv2_authorizer.Apigatewayv2Authorizer;
import chat.k1te.infra.aws.apigatewayv2_authorizer.Apigatewayv2AuthorizerConfig;
import chat.k1te.infra.aws.apigatewayv2_integration.Apigatewayv2Integration;
import chat.k1te.infra.aws.apigatewayv2_integration.Apigatewayv2IntegrationConfig;
import chat.k1te.infra.aws.apigatewayv2_route.Apigatewayv2Route;
import chat.k1te.infra.aws.apigatewayv2_route.Apigatewayv2RouteConfig;
import chat.k1te.infra.aws.apigatewayv2_stage.Apigatewayv2Stage;
import java.util.List;
import software.constructs.Construct;

/**
 * The Telegram webhook: {@code POST /tg} to the request dispatcher, behind a REQUEST authorizer
 * that checks Telegram's secret header. Requests without the header are refused (401) by API
 * Gateway before any Lambda runs.
 */
public final class HttpApi extends Construct {
  public static final String WEBHOOK_ROUTE = "POST /tg";
  public static final String WEBHOOK_PATH = "/tg";
  public static final String SECRET_HEADER = "$request.header.X-Telegram-Bot-Api-Secret-Token";

  private final Apigatewayv2Api api;
  private final Apigatewayv2Stage stage;
  private final Apigatewayv2Authorizer authorizer;

  public HttpApi(
      Construct scope,
      String id,
      String name,
      String dispatcherInvokeUri,
      String authorizerInvokeUri,
      int authorizerCacheSeconds,
      ApiStage.Settings stage) {
    super(scope, id);
    api =
        new Apigatewayv2Api(
            this,
            "api",
            Apigatewayv2ApiConfig.builder()
                .name(name)
                .description("Kite chat Telegram webhook")
                .protocolType("HTTP")
                .build());
    authorizer =
        new Apigatewayv2Authorizer(
            this,
            "authorizer",
            Apigatewayv2AuthorizerConfig.builder()
                .apiId(api.getId())
                .name("telegram-secret")
                .authorizerType("REQUEST")
                .authorizerUri(authorizerInvokeUri)
                .authorizerPayloadFormatVersion("2.0")
                .enableSimpleResponses(true)
                .identitySources(List.of(SECRET_HEADER))
                .authorizerResultTtlInSeconds(authorizerCacheSeconds)
                .build());
    Apigatewayv2Integration dispatcher =
        new Apigatewayv2Integration(
            this,
            "dispatcher",
            Apigatewayv2IntegrationConfig.builder()
                .apiId(api.getId())
                .integrationType("AWS_PROXY")
                .integrationMethod("POST")
                .integrationUri(dispatcherInvokeUri)
                .payloadFormatVersion("2.0")
                .build());
    new Apigatewayv2Route(
        this,
        "webhook",
        Apigatewayv2RouteConfig.builder()
            .apiId(api.getId())
            .routeKey(WEBHOOK_ROUTE)
            .target("integrations/" + dispatcher.getId())
            .authorizationType("CUSTOM")
            .authorizerId(authorizer.getId())
            .build());
    this.stage = ApiStage.create(this, api.getId(), false, stage);
  }

  public Apigatewayv2Api api() {
    return api;
  }

  public Apigatewayv2Stage stage() {
    return stage;
  }

  public Apigatewayv2Authorizer authorizer() {
    return authorizer;
  }

  /** {@code https://<id>.execute-api.<region>.amazonaws.com/<stage>}. */
  public String invokeUrl() {
    return stage.getInvokeUrl();
  }
}
