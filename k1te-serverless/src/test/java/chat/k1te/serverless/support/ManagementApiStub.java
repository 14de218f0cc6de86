package chat.k1te.serverless.support;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The API Gateway Management API of one stage: {@code POST /<stage>/@connections/<id>} records the
 * frame; ids marked gone answer 410 with {@code x-amzn-ErrorType: GoneException}.
 */
public final class ManagementApiStub extends HttpStub {
  public record Push(String connectionId, String frame) {}

  private final String stage;
  private final List<Push> pushes = new ArrayList<>();
  private final Set<String> gone = ConcurrentHashMap.newKeySet();
  private final Queue<Integer> failures = new ConcurrentLinkedQueue<>();
  private volatile Runnable afterPush = () -> {};

  public ManagementApiStub(String stage) {
    this.stage = stage;
  }

  /** The value for WS_API_EXECUTION_ENDPOINT. */
  public String executionEndpoint() {
    return baseUrl() + "/" + stage;
  }

  public void markGone(String connectionId) {
    gone.add(connectionId);
  }

  /** The next {@code count} pushes fail with {@code status} (nothing is delivered). */
  public void failNext(int count, int status) {
    for (int i = 0; i < count; i++) {
      failures.add(status);
    }
  }

  /** Runs once after the next delivered push (to inject a fault that follows a delivery). */
  public void afterNextPush(Runnable action) {
    afterPush =
        () -> {
          afterPush = () -> {};
          action.run();
        };
  }

  public synchronized List<Push> pushes() {
    return List.copyOf(pushes);
  }

  public synchronized List<String> framesTo(String connectionId) {
    return pushes.stream()
        .filter(p -> p.connectionId().equals(connectionId))
        .map(Push::frame)
        .toList();
  }

  public synchronized void clear() {
    pushes.clear();
  }

  @Override
  protected void handle(HttpExchange exchange, String body) throws IOException {
    String prefix = "/" + stage + "/@connections/";
    String path = exchange.getRequestURI().getRawPath();
    if (!path.startsWith(prefix) || !"POST".equals(exchange.getRequestMethod())) {
      respond(exchange, 404, Map.of(), "{\"message\":\"Not Found\"}");
      return;
    }
    String id = URLDecoder.decode(path.substring(prefix.length()), StandardCharsets.UTF_8);
    if (gone.contains(id)) {
      respond(
          exchange,
          410,
          Map.of("x-amzn-ErrorType", "GoneException", "Content-Type", "application/json"),
          "{\"message\":null}");
      return;
    }
    Integer failure = failures.poll();
    if (failure != null) {
      respond(
          exchange,
          failure,
          Map.of("x-amzn-ErrorType", "ForbiddenException", "Content-Type", "application/json"),
          "{\"message\":\"injected failure\"}");
      return;
    }
    synchronized (this) {
      pushes.add(new Push(id, body));
    }
    afterPush.run();
    respond(exchange, 200, Map.of(), new byte[0]);
  }
}
