package chat.k1te.local.http;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small HTTP/1.1 server on the loopback interface that also upgrades requests to WebSocket, so
 * one port serves the pages, the HTTP APIs and the WebSocket API. One thread per connection.
 */
public final class LoopbackHttpServer implements AutoCloseable {
  private static final int CLOSE_WAIT_SECONDS = 5;

  /** How long a connection may wait for (the rest of) a request before it is dropped. */
  public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

  private final ServerSocket serverSocket;
  private final int requestTimeoutMillis;
  private final HttpHandler http;
  private final WebSocketAcceptor webSockets;
  private final ExecutorService threads;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();

  private LoopbackHttpServer(
      ServerSocket serverSocket, Duration requestTimeout, HttpHandler http, WebSocketAcceptor ws) {
    this.serverSocket = serverSocket;
    this.requestTimeoutMillis = Math.toIntExact(requestTimeout.toMillis());
    this.http = http;
    this.webSockets = ws;
    AtomicInteger n = new AtomicInteger();
    this.threads =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "kite-http-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
  }

  /** Binds 127.0.0.1:{@code port} (0 = any free port) and starts accepting. */
  public static LoopbackHttpServer start(int port, HttpHandler http, WebSocketAcceptor ws)
      throws IOException {
    return start(port, REQUEST_TIMEOUT, http, ws);
  }

  /**
   * Like {@link #start(int, HttpHandler, WebSocketAcceptor)}; a connection that sends no complete
   * request within {@code requestTimeout} (idle keep-alive or a stalled client) is closed, so it
   * does not hold its thread. An upgraded WebSocket has no such limit.
   */
  public static LoopbackHttpServer start(
      int port, Duration requestTimeout, HttpHandler http, WebSocketAcceptor ws)
      throws IOException {
    if (requestTimeout.isNegative() || requestTimeout.isZero()) {
      throw new IllegalArgumentException("request timeout must be positive: " + requestTimeout);
    }
    ServerSocket socket = new ServerSocket();
    socket.setReuseAddress(true);
    try {
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 128);
    } catch (IOException e) {
      socket.close();
      throw new IOException("cannot listen on 127.0.0.1:" + port + ": " + e.getMessage(), e);
    }
    LoopbackHttpServer server = new LoopbackHttpServer(socket, requestTimeout, http, ws);
    server.threads.execute(server::acceptLoop);
    return server;
  }

  public int port() {
    return serverSocket.getLocalPort();
  }

  private void acceptLoop() {
    while (!serverSocket.isClosed()) {
      try {
        Socket socket = serverSocket.accept();
        open.add(socket);
        try {
          threads.execute(() -> serve(socket));
        } catch (RejectedExecutionException e) {
          // accepted while the server was closing
          open.remove(socket);
          socket.close();
        }
      } catch (IOException e) {
        if (serverSocket.isClosed()) {
          return;
        }
      }
    }
  }

  private void serve(Socket socket) {
    try (socket) {
      socket.setTcpNoDelay(true);
      socket.setSoTimeout(requestTimeoutMillis);
      InputStream in = new BufferedInputStream(socket.getInputStream());
      OutputStream out = new BufferedOutputStream(socket.getOutputStream());
      HttpRequestReader reader =
          new HttpRequestReader(in, socket.getInetAddress().getHostAddress());
      while (true) {
        HttpRequest request;
        try {
          var next = reader.next();
          if (next.isEmpty()) {
            return;
          }
          request = next.get();
        } catch (HttpRequestReader.BadRequest e) {
          HttpResponseWriter.write(out, HttpResponse.text(400, e.getMessage()), false);
          return;
        }
        if (isUpgrade(request)) {
          upgrade(socket, in, out, request);
          return;
        }
        boolean keepAlive = keepAlive(request);
        HttpResponseWriter.write(out, answer(request), keepAlive, request.method().equals("HEAD"));
        if (!keepAlive) {
          return;
        }
      }
    } catch (SocketException e) {
      // the peer went away or the server is closing
    } catch (IOException e) {
      // broken connection; nothing to answer
    } finally {
      open.remove(socket);
    }
  }

  private HttpResponse answer(HttpRequest request) {
    try {
      return http.handle(request);
    } catch (Exception e) {
      e.printStackTrace();
      return HttpResponse.text(500, "Internal error: " + e);
    }
  }

  private void upgrade(Socket socket, InputStream in, OutputStream out, HttpRequest request)
      throws IOException {
    var key = request.header("Sec-WebSocket-Key");
    if (key.isEmpty() || !request.header("Sec-WebSocket-Version").orElse("").equals("13")) {
      HttpResponseWriter.write(
          out,
          HttpResponse.text(400, "WebSocket upgrade needs Sec-WebSocket-Key and version 13")
              .withHeader("Sec-WebSocket-Version", "13"),
          false);
      return;
    }
    Handshake handshake;
    try {
      handshake = webSockets.accept(request);
    } catch (RuntimeException e) {
      e.printStackTrace();
      handshake = new Handshake.Refused(HttpResponse.text(500, "Internal error: " + e));
    }
    if (handshake instanceof Handshake.Refused refused) {
      HttpResponseWriter.write(out, refused.response(), false);
      return;
    }
    Handshake.Accepted accepted = (Handshake.Accepted) handshake;
    try {
      HttpResponseWriter.writeSwitchingProtocols(out, key.get(), accepted.subprotocol());
    } catch (IOException e) {
      // the client left during the handshake: the connection ends before it opened
      accepted.listener().onClose(null, 1006, "upgrade response could not be written");
      throw e;
    }
    socket.setSoTimeout(0);
    new WebSocket(socket, in, out, accepted.listener()).run();
  }

  private static boolean isUpgrade(HttpRequest request) {
    return request.header("Upgrade").map(v -> v.equalsIgnoreCase("websocket")).orElse(false)
        && request.header("Connection").map(v -> v.toLowerCase().contains("upgrade")).orElse(false);
  }

  private static boolean keepAlive(HttpRequest request) {
    String connection = request.header("Connection").orElse("").toLowerCase();
    return request.protocol().equals("HTTP/1.1")
        ? !connection.contains("close")
        : connection.contains("keep-alive");
  }

  /** Stops accepting and drops every open connection (WebSockets included). */
  @Override
  public void close() {
    try {
      serverSocket.close();
    } catch (IOException ignored) {
      // closing anyway
    }
    for (Socket socket : open) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // closing anyway
      }
    }
    // let invocations still running on connection threads (e.g. a $disconnect) finish
    threads.shutdown();
    try {
      if (!threads.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
        threads.shutdownNow();
      }
    } catch (InterruptedException e) {
      threads.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
