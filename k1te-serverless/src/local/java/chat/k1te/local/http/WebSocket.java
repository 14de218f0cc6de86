package chat.k1te.local.http;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

/** One open WebSocket connection, as the gateway sees it (Jetty does the protocol). */
public final class WebSocket {
  /** Like API Gateway: messages up to 128 KB. */
  public static final int MAX_MESSAGE_BYTES = 128 * 1024;

  /** A write that cannot reach the socket's buffer in this time counts as failed. */
  private static final long SEND_TIMEOUT_SECONDS = 10;

  private final Session session;

  WebSocket(Session session) {
    this.session = session;
  }

  public boolean isOpen() {
    return session.isOpen();
  }

  /**
   * Sends one text message and waits until it is written; false when the socket is no longer open
   * or the write failed. Sends to one socket are serialised so messages keep their order.
   */
  public boolean sendText(String text) {
    if (!session.isOpen()) {
      return false;
    }
    Callback.Completable written = new Callback.Completable();
    synchronized (this) {
      session.sendText(text, written);
      try {
        written.get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        return true;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      } catch (ExecutionException | TimeoutException e) {
        session.disconnect();
        return false;
      }
    }
  }

  /** Starts the closing handshake. */
  public void close(int code, String reason) {
    session.close(code, reason, Callback.NOOP);
  }
}
