package chat.k1te.ci.smoke;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.drafts.Draft;
import org.java_websocket.drafts.Draft_6455;
import org.java_websocket.exceptions.InvalidDataException;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.handshake.ServerHandshakeBuilder;
import org.java_websocket.protocols.IProtocol;
import org.java_websocket.protocols.Protocol;
import org.java_websocket.server.WebSocketServer;

/**
 * A small stand-in of a deployed stage: a WebSocket API (Java-WebSocket server) and the Telegram
 * webhook with its secret check (JDK HttpServer), each with switches for the faults smoke must see.
 */
final class StageStub implements AutoCloseable {
  static final String SECRET = "webhook-secret-value";

  /** The behaviour of the stand-in. */
  record Behaviour(
      boolean selectsSubprotocol,
      boolean answersPing,
      boolean requiresChannel, // refuses a connect unless ?c=kite-demo
      boolean checksSecret) {
    static Behaviour healthy() {
      return new Behaviour(true, true, true, true);
    }
  }

  final List<String> connectedPaths = new CopyOnWriteArrayList<>();
  final List<String> secretHeaders = new CopyOnWriteArrayList<>();
  private final Ws ws;
  private final HttpServer http;

  StageStub(Behaviour behaviour) throws Exception {
    ws = new Ws(behaviour);
    ws.setReuseAddr(true);
    ws.start();
    if (!ws.started.await(10, TimeUnit.SECONDS)) {
      throw new IllegalStateException("WebSocket stub did not start");
    }
    http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    http.createContext(
        "/dev/tg",
        exchange -> {
          exchange.getRequestBody().readAllBytes();
          String secret = exchange.getRequestHeaders().getFirst("X-Telegram-Bot-Api-Secret-Token");
          if (secret != null) {
            secretHeaders.add(secret);
          }
          int status;
          if (!behaviour.checksSecret()) {
            status = 200;
          } else if (secret == null) {
            status = 401;
          } else {
            status = SECRET.equals(secret) ? 200 : 403;
          }
          byte[] body = (status == 200 ? "ok" : "{\"message\":\"Unauthorized\"}").getBytes();
          exchange.sendResponseHeaders(status, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    http.start();
  }

  String wsUrl() {
    return "ws://127.0.0.1:" + ws.getPort() + "/dev";
  }

  String webhookUrl() {
    return "http://127.0.0.1:" + http.getAddress().getPort() + "/dev/tg";
  }

  @Override
  public void close() throws Exception {
    http.stop(0);
    ws.stop(1000);
  }

  private final class Ws extends WebSocketServer {
    final CountDownLatch started = new CountDownLatch(1);
    private final Behaviour behaviour;

    Ws(Behaviour behaviour) {
      super(
          new InetSocketAddress("127.0.0.1", 0),
          List.<Draft>of(
              behaviour.selectsSubprotocol()
                  ? new Draft_6455(List.of(), List.<IProtocol>of(new Protocol("k1te.chat.v1")))
                  : new Draft_6455()));
      this.behaviour = behaviour;
    }

    @Override
    public ServerHandshakeBuilder onWebsocketHandshakeReceivedAsServer(
        WebSocket conn, Draft draft, ClientHandshake request) throws InvalidDataException {
      // the only hosted channel is kite-demo; Java-WebSocket answers a refused handshake with 404
      if (behaviour.requiresChannel()
          && !request.getResourceDescriptor().endsWith("?c=kite-demo")) {
        throw new InvalidDataException(CloseFrame.POLICY_VALIDATION, "No such channel");
      }
      return super.onWebsocketHandshakeReceivedAsServer(conn, draft, request);
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
      connectedPaths.add(handshake.getResourceDescriptor());
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {}

    @Override
    public void onMessage(WebSocket conn, String message) {
      if (behaviour.answersPing() && message.equals("[\"PING\"]")) {
        conn.send("[\"ACK\",\"x\",\"y\",\"2026-01-01T00:00:00Z\"]");
        conn.send("[\"PONG\"]");
      }
    }

    @Override
    public void onError(WebSocket conn, Exception ex) {}

    @Override
    public void onStart() {
      started.countDown();
    }
  }
}
