package chat.k1te.local.http;

import chat.k1te.local.LocalLog;
import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

/**
 * Jetty's events of one socket handed to a {@link WebSocketListener}. Jetty delivers one message at
 * a time per socket (the next is read once the listener returns), so a socket's messages reach the
 * gateway in order while different sockets run in parallel. Public because Jetty binds the listener
 * methods by reflection.
 */
public final class SocketEndpoint implements Session.Listener.AutoDemanding {
  private final WebSocketListener listener;
  private final AtomicBoolean closed = new AtomicBoolean();
  private volatile WebSocket socket;

  SocketEndpoint(WebSocketListener listener) {
    this.listener = listener;
  }

  @Override
  public void onWebSocketOpen(Session session) {
    // the upgraded connection would otherwise keep the HTTP connector's 60 s request timeout
    session.setIdleTimeout(LocalHttpServer.WEB_SOCKET_IDLE_TIMEOUT);
    socket = new WebSocket(session);
    listener.onOpen(socket);
  }

  @Override
  public void onWebSocketText(String text) {
    listener.onText(socket, text);
  }

  @Override
  public void onWebSocketBinary(ByteBuffer payload, Callback callback) {
    byte[] data = new byte[payload.remaining()];
    payload.get(data);
    callback.succeed();
    listener.onBinary(socket, data);
  }

  /** Jetty closes the socket after an error (idle timeout, protocol error); close reports it. */
  @Override
  public void onWebSocketError(Throwable cause) {
    LocalLog.info("ws", "socket error: " + cause);
  }

  @Override
  public void onWebSocketClose(int code, String reason) {
    if (closed.compareAndSet(false, true)) {
      listener.onClose(socket, code, reason == null ? "" : reason);
    }
  }
}
