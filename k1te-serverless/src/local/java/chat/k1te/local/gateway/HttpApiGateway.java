package chat.k1te.local.gateway;

import chat.k1te.local.Json;
import chat.k1te.local.LocalLog;
import chat.k1te.local.http.HttpRequest;
import chat.k1te.local.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The HTTP API of a stage with its one route, {@code POST /tg}: a REQUEST authorizer (payload 2.0,
 * simple responses, identity source the Telegram secret header) in front of the dispatcher. Results
 * of the authorizer are not cached.
 */
public final class HttpApiGateway {
  public static final String ROUTE_KEY = "POST /tg";
  public static final String IDENTITY_HEADER = "X-Telegram-Bot-Api-Secret-Token";

  private final String path;
  private final HttpApiEvents events;
  private final LambdaFunction authorizer;
  private final LambdaFunction dispatcher;

  public HttpApiGateway(
      String apiId, String stage, LambdaFunction authorizer, LambdaFunction dispatcher) {
    this.path = "/" + stage + "/tg";
    this.events = new HttpApiEvents(apiId, stage);
    this.authorizer = authorizer;
    this.dispatcher = dispatcher;
  }

  public boolean matches(HttpRequest request) {
    return request.path().equals(path);
  }

  public HttpResponse handle(HttpRequest request) {
    if (!request.method().equals("POST")) {
      return HttpResponse.json(404, Map.of("message", "Not Found"));
    }
    Optional<String> identity = request.header(IDENTITY_HEADER).filter(v -> !v.isEmpty());
    if (identity.isEmpty()) {
      LocalLog.info("http", ROUTE_KEY + " → 401 (no " + IDENTITY_HEADER + ")");
      return HttpResponse.json(401, Map.of("message", "Unauthorized"));
    }
    try {
      if (!authorized(
          authorizer.invoke(events.authorizer(ROUTE_KEY, request, List.of(identity.get()))))) {
        LocalLog.info("http", ROUTE_KEY + " → 403 (authorizer said no)");
        return HttpResponse.json(403, Map.of("message", "Forbidden"));
      }
      ProxyResponse response =
          ProxyResponse.parse(dispatcher.invoke(events.request(ROUTE_KEY, request)));
      LocalLog.info("http", ROUTE_KEY + " → " + response.statusCode());
      Map<String, String> headers = new LinkedHashMap<>(response.headers());
      headers.putIfAbsent("Content-Type", "application/json");
      return new HttpResponse(response.statusCode(), headers, response.bodyBytes());
    } catch (LambdaFailure e) {
      LocalLog.info("http", ROUTE_KEY + " → 500 (" + e.getMessage() + ")");
      return HttpResponse.json(500, Map.of("message", "Internal Server Error"));
    }
  }

  /** A simple authorizer response: {@code {"isAuthorized": true|false, "context": {…}}}. */
  private static boolean authorized(String output) {
    try {
      return Json.read(output) instanceof Map<?, ?> map
          && Boolean.TRUE.equals(map.get("isAuthorized"));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
