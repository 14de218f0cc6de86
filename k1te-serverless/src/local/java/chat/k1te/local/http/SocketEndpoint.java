package chat.k1te.local.http;

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

  @Override
  public void onWebSocketClose(int code, String reason) {
    if (closed.compareAndSet(false, true)) {
      listener.onClose(socket, code, reason == null ? "" : reason);
    }
  }
}
