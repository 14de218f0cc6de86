package chat.k1te.serverless.apigw;

import chat.k1te.serverless.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The API Gateway v2 events the dispatcher accepts, told apart by their request context. */
public sealed interface ApiEvent {

  /** A WebSocket API event: {@code $connect}, {@code $disconnect} or a message. */
  record WebSocket(
      WsEventType type, String connectionId, Map<String, String> query, Optional<String> body)
      implements ApiEvent {}

  /** An HTTP API (payload 2.0) request. */
  record Http(String method, String path, Map<String, String> headers, Optional<String> body)
      implements ApiEvent {
    /** A header by case-insensitive name (API Gateway lower-cases them; tests may not). */
    public Optional<String> header(String name) {
      for (Map.Entry<String, String> e : headers.entrySet()) {
        if (e.getKey().equalsIgnoreCase(name)) {
          return Optional.ofNullable(e.getValue());
        }
      }
      return Optional.empty();
    }
  }

  enum WsEventType {
    CONNECT,
    DISCONNECT,
    MESSAGE
  }

  /**
   * Reads a raw event: WebSocket when {@code requestContext.eventType} and {@code connectionId} are
   * present, HTTP when {@code requestContext.http.method} is.
   */
  static ApiEvent parse(JsonObject event) throws UnknownEventException {
    JsonObject context = event.object("requestContext");
    Optional<String> eventType = context.string("eventType");
    Optional<String> connectionId = context.string("connectionId");
    if (eventType.isPresent() && connectionId.isPresent()) {
      WsEventType type;
      try {
        type = WsEventType.valueOf(eventType.get().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new UnknownEventException(
            "unsupported WebSocket eventType '" + eventType.get() + "'");
      }
      return new WebSocket(
          type, connectionId.get(), strings(event.object("queryStringParameters")), body(event));
    }
    Optional<String> method = context.object("http").string("method");
    if (method.isPresent()) {
      String path =
          context.object("http").string("path").orElse(event.string("rawPath").orElse(""));
      return new Http(method.get(), path, strings(event.object("headers")), body(event));
    }
    throw new UnknownEventException(
        "unsupported event: neither an API Gateway v2 WebSocket event"
            + " (requestContext.eventType/connectionId) nor an HTTP API v2 request"
            + " (requestContext.http.method)");
  }

  private static Optional<String> body(JsonObject event) throws UnknownEventException {
    Optional<String> body = event.string("body");
    if (body.isPresent() && event.bool("isBase64Encoded")) {
      try {
        return Optional.of(
            new String(Base64.getDecoder().decode(body.get()), StandardCharsets.UTF_8));
      } catch (IllegalArgumentException e) {
        throw new UnknownEventException(
            "the body is marked isBase64Encoded but is not base64: " + e.getMessage());
      }
    }
    return body;
  }

  private static Map<String, String> strings(JsonObject object) {
    Map<String, String> out = new LinkedHashMap<>();
    object.map().forEach((k, v) -> out.put(k, v == null ? null : v.toString()));
    return out;
  }
}
