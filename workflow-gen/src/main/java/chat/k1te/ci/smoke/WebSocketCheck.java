package chat.k1te.ci.smoke;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.java_websocket.client.WebSocketClient;
import org.java_websocket.drafts.Draft_6455;
import org.java_websocket.handshake.ServerHandshake;
import org.java_websocket.protocols.IProtocol;
import org.java_websocket.protocols.Protocol;

/**
 * Connects with subprotocol {@code k1te.chat.v1}, checks the server selected it, sends {@code
 * ["PING"]} and waits for {@code ["PONG"]} (other frames, e.g. a history replay, are skipped).
 */
final class WebSocketCheck {
  static final String SUBPROTOCOL = "k1te.chat.v1";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNode PONG = JSON.createArrayNode().add("PONG");

  private WebSocketCheck() {}

  static List<CheckResult> run(URI uri, Duration timeout) {
    List<CheckResult> results = new ArrayList<>();
    Client client = new Client(uri);
    String connect = "WebSocket connect " + uri;
    try {
      if (!client.connectBlocking(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        results.add(
            CheckResult.fail(
                connect, client.failure() + " — is the channel hosted in this stage's bot?"));
        return results;
      }
      String selected = client.selectedProtocol;
      if (!SUBPROTOCOL.equals(selected)) {
        results.add(
            CheckResult.fail(
                connect,
                "the server did not select subprotocol "
                    + SUBPROTOCOL
                    + " (Sec-WebSocket-Protocol: "
                    + (selected == null || selected.isEmpty() ? "absent" : selected)
                    + ")"));
        return results;
      }
      results.add(CheckResult.pass(connect, "subprotocol " + SUBPROTOCOL));
      client.send("[\"PING\"]");
      results.add(awaitPong(client, timeout));
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      results.add(CheckResult.fail(connect, "interrupted"));
      return results;
    } finally {
      client.close();
    }
  }

  private static CheckResult awaitPong(Client client, Duration timeout)
      throws InterruptedException {
    String name = "[\"PING\"] answered with [\"PONG\"]";
    long deadline = System.nanoTime() + timeout.toNanos();
    List<String> others = new ArrayList<>();
    while (true) {
      long left = deadline - System.nanoTime();
      String frame = left <= 0 ? null : client.frames.poll(left, TimeUnit.NANOSECONDS);
      if (frame == null) {
        String why =
            client.closed.isDone()
                ? "the socket closed: " + client.closed.getNow("")
                : "no answer within " + timeout.toMillis() + " ms";
        return CheckResult.fail(name, why + (others.isEmpty() ? "" : "; other frames: " + others));
      }
      if (isPong(frame)) {
        return CheckResult.pass(name, "");
      }
      others.add(frame.length() > 100 ? frame.substring(0, 100) + "…" : frame);
    }
  }

  private static boolean isPong(String frame) {
    try {
      return PONG.equals(JSON.readTree(frame));
    } catch (IOException e) {
      return false;
    }
  }

  /** Offers the subprotocol, but also accepts a handshake without it so we can name the fault. */
  private static final class Client extends WebSocketClient {
    final BlockingQueue<String> frames = new LinkedBlockingQueue<>();
    final CompletableFuture<String> closed = new CompletableFuture<>();
    volatile String selectedProtocol;
    volatile Exception error;

    Client(URI uri) {
      super(
          uri,
          new Draft_6455(
              List.of(), List.<IProtocol>of(new Protocol(SUBPROTOCOL), new Protocol(""))));
      setConnectionLostTimeout(0);
    }

    @Override
    public void onOpen(ServerHandshake handshake) {
      selectedProtocol = handshake.getFieldValue("Sec-WebSocket-Protocol");
    }

    @Override
    public void onMessage(String message) {
      frames.add(message);
    }

    @Override
    public void onClose(int code, String reason, boolean remote) {
      closed.complete("code " + code + (reason == null || reason.isEmpty() ? "" : " " + reason));
    }

    @Override
    public void onError(Exception ex) {
      error = ex;
    }

    String failure() {
      if (closed.isDone()) {
        return "handshake failed (" + closed.getNow("") + ")";
      }
      return error == null ? "no connection within the timeout" : error.toString();
    }
  }
}
