package chat.k1te.local.gateway;

import static java.nio.charset.StandardCharsets.UTF_8;

import chat.k1te.local.Json;
import chat.k1te.local.LocalLog;
import chat.k1te.local.http.Handshake;
import chat.k1te.local.http.HttpRequest;
import chat.k1te.local.http.HttpResponse;
import chat.k1te.local.http.WebSocket;
import chat.k1te.local.http.WebSocketAcceptor;
import chat.k1te.local.http.WebSocketListener;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The WebSocket API of a stage: {@code $connect}/{@code $disconnect}/{@code $default} go to the
 * dispatcher Lambda; the route selection expression {@code $request.body[0]} picks the {@code PING}
 * route, a MOCK integration answering {@code ["PONG"]}, without calling the Lambda.
 */
public final class WebSocketGateway implements WebSocketAcceptor {
  private final String stage;
  private final LambdaFunction dispatcher;
  private final WebSocketEvents events;
  private final Map<String, Connection> connections = new ConcurrentHashMap<>();
  private final Map<String, Instant> lastActive = new ConcurrentHashMap<>();
  private volatile boolean stopping;

  public WebSocketGateway(String apiId, String stage, LambdaFunction dispatcher) {
    this.stage = stage;
    this.dispatcher = dispatcher;
    this.events = new WebSocketEvents(apiId, stage);
  }

  @Override
  public Handshake accept(HttpRequest upgrade) {
    if (!upgrade.path().equals("/" + stage) && !upgrade.path().equals("/" + stage + "/")) {
      return new Handshake.Refused(HttpResponse.json(403, Map.of("message", "Forbidden")));
    }
    String id = RequestIds.connectionId();
    Instant connectedAt = Instant.now();
    ProxyResponse response;
    try {
      response = ProxyResponse.parse(dispatcher.invoke(events.connect(id, upgrade, connectedAt)));
    } catch (LambdaFailure e) {
      LocalLog.info("ws", "$connect " + id + " → 500 (" + e.getMessage() + ")");
      return new Handshake.Refused(
          HttpResponse.json(500, Map.of("message", "Internal server error")));
    }
    LocalLog.info(
        "ws", "$connect " + id + " ?" + upgrade.rawQuery() + " → " + response.statusCode());
    if (response.statusCode() < 200 || response.statusCode() > 299) {
      return new Handshake.Refused(
          new HttpResponse(
              response.statusCode(),
              Map.of("Content-Type", response.header("Content-Type").orElse("application/json")),
              response.bodyBytes()));
    }
    Connection connection =
        new Connection(
            id,
            WebSocketEvents.domain(upgrade),
            upgrade.remoteAddress(),
            upgrade.header("User-Agent").orElse(""),
            connectedAt,
            new CompletableFuture<>());
    connections.put(id, connection);
    lastActive.put(id, connectedAt);
    return new Handshake.Accepted(subprotocol(upgrade, response), new Listener(connection));
  }

  /**
   * The subprotocol the handler answered, if the client offered it (RFC 6455 lets the server pick
   * only an offered one; a client that offers none, e.g. a plain {@code websocat}, still connects).
   */
  private static Optional<String> subprotocol(HttpRequest upgrade, ProxyResponse response) {
    List<String> offered =
        upgrade.header("Sec-WebSocket-Protocol").stream()
            .flatMap(h -> java.util.Arrays.stream(h.split(",")))
            .map(String::trim)
            .toList();
    return response.header("Sec-WebSocket-Protocol").filter(offered::contains);
  }

  /** The open connection of that id, waiting briefly when its upgrade is still being written. */
  Optional<WebSocket> socket(String connectionId) {
    Connection connection = connections.get(connectionId);
    if (connection == null) {
      return Optional.empty();
    }
    try {
      WebSocket socket = connection.socket().get(5, java.util.concurrent.TimeUnit.SECONDS);
      return socket.isOpen() ? Optional.of(socket) : Optional.empty();
    } catch (Exception e) {
      return Optional.empty();
    }
  }

  Optional<Connection> connection(String connectionId) {
    return Optional.ofNullable(connections.get(connectionId));
  }

  Instant lastActiveAt(String connectionId) {
    return lastActive.getOrDefault(connectionId, Instant.EPOCH);
  }

  /** Number of open connections. */
  public int size() {
    return connections.size();
  }

  /** From now on closing sockets does not invoke {@code $disconnect} (the runtime is stopping). */
  public void stop() {
    stopping = true;
  }

  private final class Listener implements WebSocketListener {
    private final Connection connection;

    Listener(Connection connection) {
      this.connection = connection;
    }

    @Override
    public void onOpen(WebSocket socket) {
      connection.socket().complete(socket);
    }

    @Override
    public void onText(WebSocket socket, String text) {
      lastActive.put(connection.id(), Instant.now());
      if (isPing(text)) {
        socket.sendText("[\"PONG\"]");
        return;
      }
      route(socket, events.message(connection, text, false));
    }

    @Override
    public void onBinary(WebSocket socket, byte[] data) {
      lastActive.put(connection.id(), Instant.now());
      route(socket, events.message(connection, Base64.getEncoder().encodeToString(data), true));
    }

    /** The {@code $default} route: the dispatcher's answer, if any, goes back on the socket. */
    private void route(WebSocket socket, Map<String, Object> event) {
      try {
        ProxyResponse response = ProxyResponse.parse(dispatcher.invoke(event));
        response
            .body()
            .filter(b -> !b.isEmpty())
            .ifPresent(b -> socket.sendText(new String(response.bodyBytes(), UTF_8)));
      } catch (LambdaFailure e) {
        LocalLog.info("ws", "message on " + connection.id() + " → " + e.getMessage());
        @SuppressWarnings("unchecked")
        Map<String, Object> context = (Map<String, Object>) event.get("requestContext");
        socket.sendText(
            Json.write(
                Map.of(
                    "message", "Internal server error",
                    "connectionId", connection.id(),
                    "requestId", context.get("requestId"))));
      }
    }

    @Override
    public void onClose(WebSocket socket, int code, String reason) {
      connections.remove(connection.id());
      lastActive.remove(connection.id());
      connection.socket().completeExceptionally(new IllegalStateException("closed"));
      if (stopping) {
        return;
      }
      try {
        dispatcher.invoke(events.disconnect(connection, code, reason));
        LocalLog.info("ws", "$disconnect " + connection.id() + " (" + code + ")");
      } catch (LambdaFailure e) {
        LocalLog.info("ws", "$disconnect " + connection.id() + " → " + e.getMessage());
      }
    }
  }

  /** The route selection expression {@code $request.body[0]} evaluating to {@code PING}. */
  static boolean isPing(String body) {
    try {
      return Json.read(body) instanceof List<?> list
          && !list.isEmpty()
          && "PING".equals(list.get(0));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
