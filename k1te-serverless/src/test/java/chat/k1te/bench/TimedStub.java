package chat.k1te.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The two services the dispatcher calls out to, as local HTTP servers that note the instant each
 * request arrived: the Telegram Bot API ({@code /bot<token>/<method>}, answering as Telegram does)
 * and the API Gateway Management API ({@code POST /<stage>/@connections/<id>}).
 */
final class TimedStub implements AutoCloseable {
  /** One request: the Bot API method or the connection id, its body, and when it arrived. */
  record Hit(String target, String body, long receivedNanos) {}

  private final HttpServer server;
  private final BlockingQueue<Hit> hits = new LinkedBlockingQueue<>();
  private final AtomicLong messageIds = new AtomicLong(1000);

  TimedStub(String botToken, String stage) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    String botPrefix = "/telegram/bot" + botToken + "/";
    String connections = "/" + stage + "/@connections/";
    server.createContext(
        "/",
        exchange -> {
          try (exchange) {
            long now = System.nanoTime();
            String body =
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getPath();
            if (path.startsWith(botPrefix)) {
              String method = path.substring(botPrefix.length());
              hits.add(new Hit(method, body, now));
              reply(exchange, 200, telegramAnswer(method, body));
            } else if (path.startsWith(connections)) {
              hits.add(new Hit(path.substring(connections.length()), body, now));
              reply(exchange, 200, "");
            } else {
              reply(
                  exchange, 404, "{\"ok\":false,\"error_code\":404,\"description\":\"Not Found\"}");
            }
          }
        });
    server.start();
  }

  URI telegramBase() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/telegram");
  }

  URI executionEndpoint(String stage) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/" + stage);
  }

  /** The first request to this target since the last {@link #drain}, waiting up to 10 s. */
  Hit await(String target) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < end) {
      Hit hit = hits.poll(10, TimeUnit.MILLISECONDS);
      if (hit != null && hit.target().equals(target)) {
        return hit;
      }
    }
    throw new IllegalStateException("no request to " + target + " within 10 s");
  }

  void drain() {
    hits.clear();
  }

  private String telegramAnswer(String method, String body) {
    return switch (method) {
      case "sendMessage", "sendPhoto", "sendDocument", "copyMessage" ->
          "{\"ok\":true,\"result\":{\"message_id\":"
              + messageIds.incrementAndGet()
              + ",\"date\":1795858800,\"chat\":{\"id\":"
              + chatId(body)
              + "}}}";
      case "getMe" ->
          "{\"ok\":true,\"result\":{\"id\":42,\"is_bot\":true,\"username\":\"kite_bench_bot\"}}";
      default -> "{\"ok\":true,\"result\":true}";
    };
  }

  private static String chatId(String body) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("\"chat_id\"\\s*:\\s*\"?(-?\\d+)").matcher(body);
    return m.find() ? m.group(1) : "0";
  }

  private static void reply(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
