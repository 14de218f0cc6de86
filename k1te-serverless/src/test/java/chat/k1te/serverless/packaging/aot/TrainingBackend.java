package chat.k1te.serverless.packaging.aot;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The services the training run's handlers call, answered as an empty account would: DynamoDB (AWS
 * JSON 1.0, nothing stored), the Telegram Bot API ({@code ok}) and the Management API (410, the
 * connection is gone). The training run only has to load and link the classes of a real invocation;
 * what the answers say does not matter, only that they are well-formed.
 */
final class TrainingBackend implements AutoCloseable {
  private static final Map<String, String> DYNAMODB_ANSWERS =
      Map.of(
          "Query", "{\"Count\":0,\"Items\":[],\"ScannedCount\":0}",
          "BatchWriteItem", "{\"UnprocessedItems\":{}}");

  private final HttpServer server;

  TrainingBackend() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::dynamoDb);
    server.createContext(
        "/telegram/",
        exchange -> answer(exchange, 200, "{\"ok\":true,\"result\":true}", "application/json"));
    server.createContext(
        "/training/@connections/",
        exchange -> {
          exchange.getResponseHeaders().add("x-amzn-ErrorType", "GoneException");
          answer(exchange, 410, "{\"message\":\"Gone\"}", "application/json");
        });
    server.start();
  }

  String endpoint() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private void dynamoDb(HttpExchange exchange) throws IOException {
    String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
    String operation = target == null ? "" : target.substring(target.indexOf('.') + 1);
    answer(
        exchange,
        200,
        DYNAMODB_ANSWERS.getOrDefault(operation, "{}"),
        "application/x-amz-json-1.0");
  }

  private static void answer(HttpExchange exchange, int status, String body, String type)
      throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      in.readAllBytes();
    }
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
