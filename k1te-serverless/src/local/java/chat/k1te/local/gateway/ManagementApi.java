package chat.k1te.local.gateway;

import chat.k1te.local.http.HttpRequest;
import chat.k1te.local.http.HttpResponse;
import chat.k1te.local.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The API Gateway Management API of the stage: {@code POST|GET|DELETE /<stage>/@connections/<id>},
 * as the AWS SDK's {@code ApiGatewayManagementApiClient} calls it. Requests are not
 * signature-checked.
 */
public final class ManagementApi {
  private final String prefix;
  private final WebSocketGateway gateway;

  public ManagementApi(String stage, WebSocketGateway gateway) {
    this.prefix = "/" + stage + "/@connections/";
    this.gateway = gateway;
  }

  public boolean matches(HttpRequest request) {
    return request.path().startsWith(prefix);
  }

  public HttpResponse handle(HttpRequest request) {
    String id = HttpRequest.decodePathSegment(request.path().substring(prefix.length()));
    Optional<WebSocket> socket = gateway.socket(id);
    if (socket.isEmpty()) {
      return gone(id);
    }
    return switch (request.method()) {
      case "POST" ->
          request.body().length > WebSocket.MAX_MESSAGE_BYTES
              ? tooLarge(request.body().length)
              : socket.get().sendText(new String(request.body(), StandardCharsets.UTF_8))
                  ? new HttpResponse(200, Map.of(), new byte[0])
                  : gone(id);
      case "GET" -> describe(id);
      case "DELETE" -> {
        socket.get().close(1000, "");
        yield new HttpResponse(204, Map.of(), new byte[0]);
      }
      default ->
          HttpResponse.json(405, Map.of("message", "Method not allowed: " + request.method()));
    };
  }

  private HttpResponse describe(String id) {
    Connection c = gateway.connection(id).orElseThrow();
    Map<String, Object> identity = new LinkedHashMap<>();
    identity.put("sourceIp", c.sourceIp());
    identity.put("userAgent", c.userAgent());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("connectedAt", c.connectedAt().toString());
    body.put("identity", identity);
    body.put("lastActiveAt", gateway.lastActiveAt(id).toString());
    return HttpResponse.json(200, body);
  }

  /** Like API Gateway: a message it would not deliver (over 128 KB) is refused, not sent. */
  private static HttpResponse tooLarge(int bytes) {
    return HttpResponse.json(
            413,
            Map.of(
                "message",
                "Message of " + bytes + " bytes exceeds " + WebSocket.MAX_MESSAGE_BYTES + " bytes"))
        .withHeader("x-amzn-ErrorType", "PayloadTooLargeException");
  }

  private static HttpResponse gone(String id) {
    return HttpResponse.json(410, Map.of("message", "Connection " + id + " is gone"))
        .withHeader("x-amzn-ErrorType", "GoneException");
  }
}
