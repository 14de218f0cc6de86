package chat.k1te.serverless.log;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The summary line of one invocation: handler, request id, what came in (frame type, update kind),
 * the outcome and the duration. Written once, when closed.
 */
public final class Invocation implements AutoCloseable {
  private final String handler;
  private final String requestId;
  private final long startNanos;
  private final Invocation outer;
  private final Map<String, Object> fields = new LinkedHashMap<>();
  private Level level = Level.INFO;
  private String outcome = "ok";
  private Throwable failure;

  Invocation(String handler, String requestId, long startNanos, Invocation outer) {
    this.handler = handler;
    this.requestId = requestId == null ? "" : requestId;
    this.startNanos = startNanos;
    this.outer = outer;
  }

  String handler() {
    return handler;
  }

  String requestId() {
    return requestId;
  }

  Invocation outer() {
    return outer;
  }

  public Invocation put(String key, Object value) {
    fields.put(key, value);
    return this;
  }

  /** An outcome the caller was told about (e.g. {@code refused:404}); logged at INFO. */
  public void outcome(String value) {
    outcome = value;
  }

  /** The invocation failed or was answered with an internal error; logged at ERROR. */
  public void failed(Throwable cause) {
    outcome = "error";
    level = Level.ERROR;
    failure = cause;
  }

  @Override
  public void close() {
    Map<String, Object> line = new LinkedHashMap<>(fields);
    line.put("outcome", outcome);
    line.put("durationMs", Math.round((System.nanoTime() - startNanos) / 100_000.0) / 10.0);
    Log.write(level, "invocation", line, failure);
    Log.end(this);
  }
}
