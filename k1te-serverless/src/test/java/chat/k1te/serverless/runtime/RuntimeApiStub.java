package chat.k1te.serverless.runtime;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local Lambda Runtime API (2018-06-01) on the JDK HTTP server: hands out queued events with the
 * real headers and records what the runtime posts back. Once the queue is drained, {@code next}
 * answers 500 at once, which ends the runtime's loop (the real API would block instead).
 */
public final class RuntimeApiStub implements AutoCloseable {
  /** What the runtime posted for one invocation, or for init. */
  public record Posted(String path, String errorType, String body, long receivedNanos) {}

  private static final String PREFIX = "/2018-06-01/runtime/";

  private final HttpServer server;
  private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
  private final Map<String, Posted> responses = new ConcurrentHashMap<>();
  private final Map<String, Posted> errors = new ConcurrentHashMap<>();
  private final List<Posted> initErrors = new CopyOnWriteArrayList<>();
  private final Set<String> rejectResponses = ConcurrentHashMap.newKeySet();
  private final AtomicInteger nextCalls = new AtomicInteger();
  private volatile long drainedHoldMillis;

  record Event(String requestId, String payload, String traceId, long deadlineMs) {}

  public RuntimeApiStub() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(PREFIX, this::handle);
    server.start();
  }

  /** host:port, as Lambda puts it into AWS_LAMBDA_RUNTIME_API. */
  public String address() {
    return "127.0.0.1:" + server.getAddress().getPort();
  }

  public void enqueue(String requestId, String payload) {
    enqueue(requestId, payload, null);
  }

  public void enqueue(String requestId, String payload, String traceId) {
    events.add(new Event(requestId, payload, traceId, System.currentTimeMillis() + 30_000));
  }

  /** The response POST of this invocation is answered 413, as Lambda does above 6 MB. */
  public void rejectResponseOf(String requestId) {
    rejectResponses.add(requestId);
  }

  public Map<String, Posted> responses() {
    return responses;
  }

  public Map<String, Posted> errors() {
    return errors;
  }

  public List<Posted> initErrors() {
    return initErrors;
  }

  /** Waits for the response or error of an invocation, or for an init error; null on timeout. */
  public Posted await(String requestId, long timeoutMillis) throws InterruptedException {
    long end = System.currentTimeMillis() + timeoutMillis;
    while (System.currentTimeMillis() < end) {
      Posted posted = responses.getOrDefault(requestId, errors.get(requestId));
      if (posted == null && !initErrors.isEmpty()) {
        posted = initErrors.get(0);
      }
      if (posted != null) {
        return posted;
      }
      Thread.sleep(1);
    }
    return null;
  }

  /**
   * Holds the drained {@code next} answer this long, so that a benchmark can read the process's CPU
   * time while it still runs.
   */
  public void holdWhenDrained(long millis) {
    drainedHoldMillis = millis;
  }

  private void pauseWhenDrained() {
    try {
      Thread.sleep(drainedHoldMillis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  public int nextCalls() {
    return nextCalls.get();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath().substring(PREFIX.length());
      String method = exchange.getRequestMethod();
      if (path.equals("invocation/next") && method.equals("GET")) {
        next(exchange);
      } else if (path.equals("init/error") && method.equals("POST")) {
        initErrors.add(posted(exchange, path));
        reply(exchange, 202, "{\"status\":\"OK\"}");
      } else if (path.matches("invocation/[^/]+/(response|error)") && method.equals("POST")) {
        String requestId = path.split("/")[1];
        if (path.endsWith("/response")) {
          Posted posted = posted(exchange, path);
          if (rejectResponses.contains(requestId)) {
            reply(exchange, 413, "{\"errorMessage\":\"payload too large\"}");
            return;
          }
          responses.put(requestId, posted);
        } else {
          errors.put(requestId, posted(exchange, path));
        }
        reply(exchange, 202, "{\"status\":\"OK\"}");
      } else {
        reply(exchange, 404, "{\"errorMessage\":\"no such route " + method + " " + path + "\"}");
      }
    }
  }

  private void next(HttpExchange exchange) throws IOException {
    nextCalls.incrementAndGet();
    Event event = events.poll(); // tests queue their events before the runtime starts
    if (event == null) {
      pauseWhenDrained();
      reply(exchange, 500, "{\"errorMessage\":\"stub drained\"}");
      return;
    }
    var headers = exchange.getResponseHeaders();
    headers.add(RuntimeApiClient.REQUEST_ID, event.requestId());
    headers.add(RuntimeApiClient.DEADLINE_MS, Long.toString(event.deadlineMs()));
    headers.add(
        RuntimeApiClient.FUNCTION_ARN,
        "arn:aws:lambda:eu-central-1:123456789012:function:dev-request-dispatcher");
    if (event.traceId() != null) {
      headers.add(RuntimeApiClient.TRACE_ID, event.traceId());
    }
    reply(exchange, 200, event.payload());
  }

  private static Posted posted(HttpExchange exchange, String path) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    return new Posted(
        path,
        exchange.getRequestHeaders().getFirst(RuntimeApiClient.ERROR_TYPE),
        body,
        System.nanoTime());
  }

  private static void reply(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
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
