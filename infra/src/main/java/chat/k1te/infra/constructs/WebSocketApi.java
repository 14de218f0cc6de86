package chat.k1te.infra.constructs;

import chat.k1te.infra.aws.apigatewayv2_api.Apigatewayv2Api;
import chat.k1te.infra.aws.apigatewayv2_api.Apigatewayv2ApiConfig;
import chat.k1te.infra.aws.apigatewayv2_integration.Apigatewayv2Integration;
import chat.k1te.infra.aws.apigatewayv2_integration.Apigatewayv2IntegrationConfig;
import chat.k1te.infra.aws.apigatewayv2_integration_response.Apigatewayv2IntegrationResponse;
import chat.k1te.infra.aws.apigatewayv2_integration_response.Apigatewayv2IntegrationResponseConfig;
import chat.k1te.infra.aws.apigatewayv2_route.Apigatewayv2Route;
import chat.k1te.infra.aws.apigatewayv2_route.Apigatewayv2RouteConfig;
import chat.k1te.infra.aws.apigatewayv2_route_response.Apigatewayv2RouteResponse;
import chat.k1te.infra.aws.apigatewayv2_route_response.Apigatewayv2RouteResponseConfig;
import chat.k1te.infra.aws.apigatewayv2_stage.Apigatewayv2Stage;
import java.util.List;
import java.util.Map;
import software.constructs.Construct;

/**
 * The widget's WebSocket API: {@code $connect}, {@code $disconnect} and {@code $default} go to the
 * request dispatcher; {@code ["PING"]} is answered {@code ["PONG"]} by API Gateway itself.
 */
public final class WebSocketApi extends Construct {
  /**
   * Frames are JSON arrays whose first element is the frame type. The expression must start with
   * {@code $request.body.} followed by a JSONPath, so the first element is {@code .[0]} — the form
   * the old production API used and answered PING with.
   */
  public static final String ROUTE_SELECTION = "$request.body.[0]";

  public static final String PING_ROUTE = "PING";
  public static final String PONG = "[\"PONG\"]";
  public static final List<String> DISPATCHER_ROUTES =
      List.of("$connect", "$disconnect", "$default");

  private final Apigatewayv2Api api;
  private final Apigatewayv2Stage stage;

  /**
   * @param dispatcherInvokeUri invoke URI of the request dispatcher (built from its name)
   */
  public WebSocketApi(
      Construct scope,
      String id,
      String name,
      String dispatcherInvokeUri,
      ApiStage.Settings stage) {
    super(scope, id);
    api =
        new Apigatewayv2Api(
            this,
            "api",
            Apigatewayv2ApiConfig.builder()
                .name(name)
                .description("Kite chat widget WebSocket API")
                .protocolType("WEBSOCKET")
                .routeSelectionExpression(ROUTE_SELECTION)
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
                .contentHandlingStrategy("CONVERT_TO_TEXT")
                .passthroughBehavior("WHEN_NO_MATCH")
                .build());
    for (String routeKey : DISPATCHER_ROUTES) {
      route(routeKey, "integrations/" + dispatcher.getId());
    }
    Apigatewayv2Integration pong =
        new Apigatewayv2Integration(
            this,
            "pong",
            Apigatewayv2IntegrationConfig.builder()
                .apiId(api.getId())
                .integrationType("MOCK")
                .templateSelectionExpression("\\$default")
                .requestTemplates(Map.of("$default", "{\"statusCode\":200}"))
                .build());
    new Apigatewayv2IntegrationResponse(
        this,
        "pong-response",
        Apigatewayv2IntegrationResponseConfig.builder()
            .apiId(api.getId())
            .integrationId(pong.getId())
            .integrationResponseKey("$default")
            .templateSelectionExpression("\\$default")
            .responseTemplates(Map.of("$default", PONG))
            .build());
    route(PING_ROUTE, "integrations/" + pong.getId());
    this.stage = ApiStage.create(this, api.getId(), true, stage);
  }

  private void route(String routeKey, String target) {
    String id = "route-" + routeKey.replace("$", "").toLowerCase();
    Apigatewayv2Route route =
        new Apigatewayv2Route(
            this,
            id,
            Apigatewayv2RouteConfig.builder()
                .apiId(api.getId())
                .routeKey(routeKey)
                .target(target)
                .routeResponseSelectionExpression("$default")
                .build());
    new Apigatewayv2RouteResponse(
        this,
        id + "-response",
        Apigatewayv2RouteResponseConfig.builder()
            .apiId(api.getId())
            .routeId(route.getId())
            .routeResponseKey("$default")
            .build());
  }

  public Apigatewayv2Api api() {
    return api;
  }

  public Apigatewayv2Stage stage() {
    return stage;
  }

  /** {@code wss://<id>.execute-api.<region>.amazonaws.com/<stage>}. */
  public String invokeUrl() {
    return stage.getInvokeUrl();
  }
}
