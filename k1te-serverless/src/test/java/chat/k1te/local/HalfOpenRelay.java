package chat.k1te.local;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback TCP relay between a client and a server that can make its connections half-open, like
 * a phone going out of coverage: after {@link #vanish()} it forwards nothing in either direction
 * but keeps both TCP connections open — no FIN, no RST, no close frame — so the server's writes
 * still succeed (they land here and are swallowed) and neither side learns anything.
 */
final class HalfOpenRelay implements AutoCloseable {
  private final ServerSocket listener;
  private final int targetPort;
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private final ByteArrayOutputStream swallowedTowardClient = new ByteArrayOutputStream();
  private volatile boolean vanished;

  private HalfOpenRelay(int targetPort) throws IOException {
    this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    this.targetPort = targetPort;
    daemon("relay-accept", this::acceptLoop).start();
  }

  /** A relay to that port on the loopback address. */
  static HalfOpenRelay to(int targetPort) throws IOException {
    return new HalfOpenRelay(targetPort);
  }

  int port() {
    return listener.getLocalPort();
  }

  /** From now on every byte is dropped silently, both ways, and no connection is closed. */
  void vanish() {
    vanished = true;
  }

  /**
   * What the server wrote toward the client since the relay vanished (server frames are unmasked).
   */
  String swallowedTowardClient() {
    synchronized (swallowedTowardClient) {
      return swallowedTowardClient.toString(StandardCharsets.UTF_8);
    }
  }

  private void acceptLoop() {
    while (!listener.isClosed()) {
      try {
        Socket client = listener.accept();
        Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
        sockets.add(client);
        sockets.add(server);
        daemon("relay-up", () -> pump(client, server, false)).start();
        daemon("relay-down", () -> pump(server, client, true)).start();
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void pump(Socket from, Socket to, boolean towardClient) {
    byte[] buffer = new byte[8192];
    try {
      InputStream in = from.getInputStream();
      OutputStream out = to.getOutputStream();
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        if (vanished) {
          if (towardClient) {
            synchronized (swallowedTowardClient) {
              swallowedTowardClient.write(buffer, 0, n);
            }
          }
          continue;
        }
        out.write(buffer, 0, n);
        out.flush();
      }
      if (!vanished) {
        to.shutdownOutput(); // an orderly close passes through while the relay is up
      }
    } catch (IOException e) {
      // closed by close(), or reset by an end while the relay was up: nothing to keep open
    }
  }

  private static Thread daemon(String name, Runnable task) {
    Thread thread = new Thread(task, name);
    thread.setDaemon(true);
    return thread;
  }

  /** Closes the listener and every connection (the half-open ones too). */
  @Override
  public void close() throws IOException {
    listener.close();
    for (Socket socket : sockets) {
      socket.close();
    }
  }
}
