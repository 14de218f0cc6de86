package chat.k1te.local.gateway;

import chat.k1te.local.http.Header;
import chat.k1te.local.http.HttpRequest;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the API Gateway v2 WebSocket proxy events ({@code $connect}, messages, {@code
 * $disconnect}).
 */
final class WebSocketEvents {
  private final String apiId;
  private final String stage;

  WebSocketEvents(String apiId, String stage) {
    this.apiId = apiId;
    this.stage = stage;
  }

  Map<String, Object> connect(String connectionId, HttpRequest upgrade, Instant connectedAt) {
    Map<String, Object> event = new LinkedHashMap<>();
    Map<String, String> headers = new LinkedHashMap<>();
    Map<String, List<String>> multiHeaders = new LinkedHashMap<>();
    for (Header h : upgrade.headers()) {
      headers.putIfAbsent(h.name(), h.value());
      multiHeaders.computeIfAbsent(h.name(), k -> new java.util.ArrayList<>()).add(h.value());
    }
    headers.put("X-Forwarded-For", upgrade.remoteAddress());
    headers.put("X-Forwarded-Proto", "http");
    multiHeaders.put("X-Forwarded-For", List.of(upgrade.remoteAddress()));
    multiHeaders.put("X-Forwarded-Proto", List.of("http"));
    event.put("headers", headers);
    event.put("multiValueHeaders", multiHeaders);
    Map<String, List<String>> query = upgrade.queryParameters();
    if (!query.isEmpty()) {
      Map<String, String> single = new LinkedHashMap<>();
      query.forEach((k, v) -> single.put(k, v.get(v.size() - 1)));
      event.put("queryStringParameters", single);
      event.put("multiValueQueryStringParameters", query);
    }
    Map<String, Object> context =
        context("$connect", "CONNECT", connectionId, domain(upgrade), connectedAt);
    context.put("identity", identity(upgrade));
    event.put("requestContext", context);
    event.put("isBase64Encoded", false);
    return event;
  }

  /** A message event; a binary frame's body is base64 with {@code isBase64Encoded} true. */
  Map<String, Object> message(Connection connection, String body, boolean base64) {
    Map<String, Object> context =
        context(
            "$default", "MESSAGE", connection.id(), connection.domain(), connection.connectedAt());
    context.put("messageId", RequestIds.requestId());
    context.put("identity", Map.of("sourceIp", connection.sourceIp()));
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("requestContext", context);
    event.put("body", body);
    event.put("isBase64Encoded", base64);
    return event;
  }

  Map<String, Object> disconnect(Connection connection, int code, String reason) {
    Map<String, Object> event = new LinkedHashMap<>();
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Host", connection.domain());
    headers.put("x-api-key", "");
    headers.put("X-Forwarded-For", "");
    headers.put("x-restapi", "");
    Map<String, List<String>> multi = new LinkedHashMap<>();
    headers.forEach((k, v) -> multi.put(k, List.of(v)));
    event.put("headers", headers);
    event.put("multiValueHeaders", multi);
    Map<String, Object> context =
        context(
            "$disconnect",
            "DISCONNECT",
            connection.id(),
            connection.domain(),
            connection.connectedAt());
    context.put("disconnectStatusCode", code);
    context.put("disconnectReason", reason);
    context.put("identity", Map.of("sourceIp", connection.sourceIp()));
    event.put("requestContext", context);
    event.put("isBase64Encoded", false);
    return event;
  }

  private Map<String, Object> context(
      String routeKey, String eventType, String connectionId, String domain, Instant connectedAt) {
    Instant now = Instant.now();
    Map<String, Object> context = new LinkedHashMap<>();
    context.put("routeKey", routeKey);
    context.put("eventType", eventType);
    context.put("extendedRequestId", RequestIds.requestId());
    context.put("requestTime", RequestIds.requestTime(now));
    context.put("messageDirection", "IN");
    context.put("stage", stage);
    context.put("connectedAt", connectedAt.toEpochMilli());
    context.put("requestTimeEpoch", now.toEpochMilli());
    context.put("requestId", RequestIds.requestId());
    context.put("domainName", domain);
    context.put("connectionId", connectionId);
    context.put("apiId", apiId);
    return context;
  }

  private static Map<String, Object> identity(HttpRequest request) {
    Map<String, Object> identity = new LinkedHashMap<>();
    identity.put("sourceIp", request.remoteAddress());
    request.header("User-Agent").ifPresent(ua -> identity.put("userAgent", ua));
    return identity;
  }

  static String domain(HttpRequest request) {
    return request.header("Host").orElse("127.0.0.1");
  }
}
