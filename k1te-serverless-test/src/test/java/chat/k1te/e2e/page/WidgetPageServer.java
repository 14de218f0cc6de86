package chat.k1te.e2e.page;

import chat.k1te.e2e.config.WidgetSource.ServedPage;
import chat.k1te.local.web.DemoPages;
import chat.k1te.local.web.StaticResources;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The local runtime's widget demo page and widget script, served on 127.0.0.1 (a free port) with
 * the widget connecting to a stage's WebSocket URL: what the dev run opens when no page is hosted
 * for it. Only GET and HEAD of {@link #PATHS} are answered; the page carries the URL and nothing
 * else (no token, no session).
 */
public final class WidgetPageServer implements WidgetPages {
  static final String PAGE = "/";
  static final String SCRIPT = "/kite-chat.js";
  static final String FAVICON = "/favicon.ico";
  static final Set<String> PATHS = Set.of(PAGE, "/index.html", SCRIPT, FAVICON);
  static final String ALLOWED_METHODS = "GET, HEAD";

  private static final int REFUSED_BODY_LIMIT = 64 * 1024;

  private final HttpServer server;
  private final Map<String, Resource> resources;

  private WidgetPageServer(HttpServer server, Map<String, Resource> resources) {
    this.server = server;
    this.resources = resources;
  }

  /** Starts serving the page for {@code source}'s WebSocket URL on a free loopback port. */
  public static WidgetPageServer start(ServedPage source) {
    Resource page =
        new Resource(
            200,
            "text/html; charset=utf-8",
            DemoPages.page(source.wsUrl().toString()).getBytes(StandardCharsets.UTF_8));
    Resource script =
        new Resource(
            200,
            "text/javascript; charset=utf-8",
            StaticResources.read(DemoPages.WIDGET_SCRIPT)
                .orElseThrow(
                    () ->
                        new IllegalStateException(
                            "the widget script "
                                + DemoPages.WIDGET_SCRIPT
                                + " is not on the class path (k1te-serverless's local jar)")));
    Map<String, Resource> resources =
        Map.of(
            PAGE,
            page,
            "/index.html",
            page,
            SCRIPT,
            script,
            FAVICON,
            new Resource(204, "image/x-icon", new byte[0]));
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      WidgetPageServer pages = new WidgetPageServer(server, resources);
      server.createContext("/", pages::handle);
      server.start();
      return pages;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the widget page server on 127.0.0.1", e);
    }
  }

  /** {@code http://127.0.0.1:<port>} */
  public URI origin() {
    InetSocketAddress address = server.getAddress();
    return URI.create("http://" + address.getAddress().getHostAddress() + ":" + address.getPort());
  }

  @Override
  public URI page(String channel) {
    return URI.create(origin() + PAGE + "?c=" + URLEncoder.encode(channel, StandardCharsets.UTF_8));
  }

  @Override
  public void close() {
    server.stop(0);
  }

  @Override
  public String toString() {
    return "widget page served at " + origin();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      Optional<Resource> resource =
          Optional.ofNullable(resources.get(exchange.getRequestURI().getRawPath()));
      if (resource.isEmpty()) {
        refuse(exchange, 404, "Not found");
      } else if (!method.equals("GET") && !method.equals("HEAD")) {
        exchange.getResponseHeaders().set("Allow", ALLOWED_METHODS);
        refuse(exchange, 405, "Method not allowed: " + method);
      } else {
        send(exchange, resource.get(), method.equals("HEAD"));
      }
    }
  }

  private static void send(HttpExchange exchange, Resource resource, boolean head)
      throws IOException {
    var headers = exchange.getResponseHeaders();
    headers.set("Content-Type", resource.type());
    headers.set("Cache-Control", "no-store");
    headers.set("X-Content-Type-Options", "nosniff");
    if (resource.status() == 204) {
      exchange.sendResponseHeaders(204, -1);
    } else if (head) {
      // the JDK server sends no body for HEAD; the length it would have is stated by hand
      headers.set("Content-Length", Integer.toString(resource.body().length));
      exchange.sendResponseHeaders(resource.status(), -1);
    } else {
      exchange.sendResponseHeaders(resource.status(), resource.body().length);
      exchange.getResponseBody().write(resource.body());
    }
  }

  /**
   * A short text error. The request body is read (up to a bound) first, so the client is not reset
   * while still sending it and always gets the status.
   */
  private static void refuse(HttpExchange exchange, int status, String message) throws IOException {
    exchange.getRequestBody().readNBytes(REFUSED_BODY_LIMIT);
    byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
    exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    if (exchange.getRequestMethod().equals("HEAD")) {
      exchange.sendResponseHeaders(status, -1);
    } else {
      exchange.sendResponseHeaders(status, body.length);
      exchange.getResponseBody().write(body);
    }
  }

  private record Resource(int status, String type, byte[] body) {}
}
