package chat.k1te.local;

import java.net.URI;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.java_websocket.client.WebSocketClient;
import org.java_websocket.drafts.Draft_6455;
import org.java_websocket.handshake.ServerHandshake;
import org.java_websocket.protocols.Protocol;

/** A real WebSocket client (Java-WebSocket) that queues what it receives. */
final class WsClient extends WebSocketClient {
  final BlockingQueue<String> received = new LinkedBlockingQueue<>();
  final CompletableFuture<String> closed = new CompletableFuture<>();
  volatile int handshakeStatus;

  WsClient(String url) {
    this(url, new Draft_6455(List.of(), List.of(new Protocol("k1te.chat.v1"))));
  }

  WsClient(String url, Draft_6455 draft) {
    super(URI.create(url), draft);
  }

  static WsClient open(String url) throws InterruptedException {
    WsClient client = new WsClient(url);
    if (!client.connectBlocking(10, TimeUnit.SECONDS)) {
      throw new AssertionError("could not connect to " + url + ": " + client.closed.getNow("?"));
    }
    return client;
  }

  String next() throws InterruptedException {
    String message = received.poll(15, TimeUnit.SECONDS);
    if (message == null) {
      throw new AssertionError("no message within 15 s");
    }
    return message;
  }

  @Override
  public void onOpen(ServerHandshake handshake) {
    handshakeStatus = handshake.getHttpStatus();
  }

  @Override
  public void onMessage(String message) {
    received.add(message);
  }

  @Override
  public void onClose(int code, String reason, boolean remote) {
    closed.complete(code + " " + reason);
  }

  @Override
  public void onError(Exception ex) {
    // reported through onClose
  }
}
