package chat.k1te.serverless.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** A JDK HttpServer on a free loopback port, base for protocol stubs. */
abstract class HttpStub implements AutoCloseable {
  protected final HttpServer server;

  HttpStub() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    server.createContext("/", this::serve);
    server.start();
  }

  public URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  private void serve(HttpExchange exchange) throws IOException {
    try (exchange) {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      handle(exchange, body);
    } catch (RuntimeException e) {
      e.printStackTrace();
      respond(exchange, 500, Map.of(), "stub failure: " + e);
    }
  }

  protected abstract void handle(HttpExchange exchange, String body) throws IOException;

  protected static void respond(
      HttpExchange exchange, int status, Map<String, String> headers, String body)
      throws IOException {
    respond(exchange, status, headers, body.getBytes(StandardCharsets.UTF_8));
  }

  protected static void respond(
      HttpExchange exchange, int status, Map<String, String> headers, byte[] body)
      throws IOException {
    headers.forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      exchange.getResponseBody().write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
