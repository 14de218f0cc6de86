package chat.k1te.local.http;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.SizeLimitHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;

/**
 * The local runtime's one port on the loopback interface — pages, HTTP APIs and the WebSocket API —
 * served by Jetty. What is ours: the routing to the gateway emulation, the strict upgrade check
 * ({@link RequestCheck}) and the bounds API Gateway has.
 */
public final class LocalHttpServer implements AutoCloseable {
  /** How long a connection may wait for (the rest of) a request before it is dropped. */
  public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

  /** Like API Gateway: a WebSocket without traffic for 10 minutes is closed. */
  public static final Duration WEB_SOCKET_IDLE_TIMEOUT = Duration.ofMinutes(10);

  public static final int MAX_HEADER_BYTES = 64 * 1024;
  public static final long MAX_BODY_BYTES = 64L * 1024 * 1024;

  /** Threads for requests, upgrades and WebSocket messages (each may run a Lambda invocation). */
  private static final int MAX_THREADS = 400;

  private final Server server;
  private final ServerConnector connector;

  private LocalHttpServer(Server server, ServerConnector connector) {
    this.server = server;
    this.connector = connector;
  }

  /** Binds 127.0.0.1:{@code port} (0 = any free port) and starts serving. */
  public static LocalHttpServer start(int port, HttpHandler http, WebSocketAcceptor ws)
      throws IOException {
    return start(port, REQUEST_TIMEOUT, http, ws);
  }

  /**
   * Like {@link #start(int, HttpHandler, WebSocketAcceptor)}; a connection that sends no complete
   * request within {@code requestTimeout} (idle keep-alive or a stalled client) is closed.
   */
  public static LocalHttpServer start(
      int port, Duration requestTimeout, HttpHandler http, WebSocketAcceptor ws)
      throws IOException {
    if (requestTimeout.isNegative() || requestTimeout.isZero()) {
      throw new IllegalArgumentException("request timeout must be positive: " + requestTimeout);
    }
    QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, 8);
    threads.setName("kite-http");
    threads.setDaemon(true);
    Server server = new Server(threads);
    HttpConfiguration config = new HttpConfiguration();
    config.setRequestHeaderSize(MAX_HEADER_BYTES);
    config.setSendServerVersion(false);
    config.setSendDateHeader(true);
    // API Gateway connection ids are standard base64: an id with '/' arrives as %2F
    config.setUriCompliance(
        UriCompliance.DEFAULT.with("kite", UriCompliance.Violation.AMBIGUOUS_PATH_SEPARATOR));
    ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(config));
    connector.setHost(InetAddress.getLoopbackAddress().getHostAddress());
    connector.setPort(port);
    connector.setIdleTimeout(requestTimeout.toMillis());
    connector.setAcceptQueueSize(128);
    WebSocketUpgradeHandler upgrades =
        WebSocketUpgradeHandler.from(
            server,
            container -> {
              container.setIdleTimeout(WEB_SOCKET_IDLE_TIMEOUT);
              container.setMaxTextMessageSize(WebSocket.MAX_MESSAGE_BYTES);
              container.setMaxBinaryMessageSize(WebSocket.MAX_MESSAGE_BYTES);
              container.setMaxFrameSize(WebSocket.MAX_MESSAGE_BYTES);
              // refuse an oversize frame from its header, not after reading its payload
              container.setAutoFragment(false);
              container.addMapping("/*", new SocketCreator(ws));
            });
    upgrades.setHandler(new HttpAdapter(http));
    server.setHandler(sizeLimited(new RequestCheck(upgrades)));
    server.addConnector(connector);
    try {
      server.start();
    } catch (Exception e) {
      stopQuietly(server);
      throw new IOException("cannot listen on 127.0.0.1:" + port + ": " + e.getMessage(), e);
    }
    return new LocalHttpServer(server, connector);
  }

  /** A body over {@link #MAX_BODY_BYTES} is answered 413 before it reaches a handler. */
  private static SizeLimitHandler sizeLimited(org.eclipse.jetty.server.Handler next) {
    SizeLimitHandler limit = new SizeLimitHandler(MAX_BODY_BYTES, -1);
    limit.setHandler(next);
    return limit;
  }

  public int port() {
    return connector.getLocalPort();
  }

  /** Stops accepting and drops every open connection (WebSockets included). */
  @Override
  public void close() {
    stopQuietly(server);
  }

  private static void stopQuietly(Server server) {
    try {
      server.setStopTimeout(5_000);
      server.stop();
    } catch (Exception e) {
      // stopping anyway: Jetty has closed what it could
    }
  }
}
