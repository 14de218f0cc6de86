package chat.k1te.serverless.log;

import chat.k1te.serverless.json.Json;
import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Lambdas' log: one JSON object per line on standard output, which Lambda sends to CloudWatch
 * Logs as one event each and filters by its {@code level} field. A small logger of our own rather
 * than a logging framework: it adds a few kilobytes to the package, needs no native-image metadata
 * and writes exactly the fields Lambda's JSON log format reads.
 *
 * <p>Every line carries the request id and handler of the invocation running on this thread ({@link
 * #begin}). Every string is scrubbed of the secrets registered with {@link #hideSecret} before it
 * is written, exception messages included.
 */
public final class Log {
  /** What replaces a secret in a log line. */
  public static final String HIDDEN = "<hidden>";

  private static final int STACK_FRAMES = 12;
  private static final Set<String> SECRETS = ConcurrentHashMap.newKeySet();
  private static final ThreadLocal<Invocation> CURRENT = new ThreadLocal<>();
  private static volatile Level threshold = Level.threshold(System.getenv("AWS_LAMBDA_LOG_LEVEL"));

  private Log() {}

  /** Registers a secret value (bot token, webhook secret): no log line will ever contain it. */
  public static void hideSecret(String value) {
    if (value != null && !value.isBlank()) {
      SECRETS.add(value);
    }
  }

  /** Lines below this level are not written. */
  public static void threshold(Level level) {
    threshold = level;
  }

  /**
   * Starts the summary of one invocation on this thread; closing it writes one line with the
   * handler, request id, kind, outcome and duration.
   */
  public static Invocation begin(String handler, String requestId) {
    Invocation invocation = new Invocation(handler, requestId, System.nanoTime(), CURRENT.get());
    CURRENT.set(invocation);
    return invocation;
  }

  /**
   * Adds a field (e.g. the frame type or update kind) to the summary of the invocation running on
   * this thread; does nothing outside one.
   */
  public static void annotate(String key, Object value) {
    Invocation current = CURRENT.get();
    if (current != null) {
      current.put(key, value);
    }
  }

  public static void info(String message, Map<String, ?> fields) {
    write(Level.INFO, message, fields, null);
  }

  /** A failure the code recovers from: it goes on, and says so here. */
  public static void warn(String message, Throwable cause, Map<String, ?> fields) {
    write(Level.WARN, message, fields, cause);
  }

  public static void error(String message, Throwable cause, Map<String, ?> fields) {
    write(Level.ERROR, message, fields, cause);
  }

  /**
   * One CloudWatch embedded-metric-format line: CloudWatch turns the top-level {@code _aws} block
   * into the metric {@code namespace/name} with the given dimensions. Written at INFO, so the
   * function's application log level must not be above INFO for metrics to arrive.
   */
  public static void metric(
      String namespace, String name, String unit, double value, Map<String, String> dimensions) {
    System.out.println(metricLine(namespace, name, unit, value, dimensions, Map.of()));
  }

  /**
   * The embedded-metric-format line of {@link #metric}, with {@code details} kept in the log only
   * (no metric is made of them); for writers other than standard output.
   */
  public static String metricLine(
      String namespace,
      String name,
      String unit,
      double value,
      Map<String, String> dimensions,
      Map<String, ?> details) {
    Map<String, Object> definition = new LinkedHashMap<>();
    definition.put("Namespace", namespace);
    definition.put("Dimensions", List.of(List.copyOf(dimensions.keySet())));
    definition.put("Metrics", List.of(Map.of("Name", name, "Unit", unit)));
    Map<String, Object> fields = new LinkedHashMap<>(dimensions);
    fields.put(name, value);
    details.forEach(fields::putIfAbsent);
    fields.put(
        "_aws",
        Map.of("Timestamp", System.currentTimeMillis(), "CloudWatchMetrics", List.of(definition)));
    return line(Level.INFO, "metric " + name, fields, null);
  }

  /**
   * Marks the invocation running on this thread as failed, or, outside one, writes the failure as
   * an ERROR line of its own: either way it is logged once.
   */
  public static void failed(String message, Throwable cause) {
    Invocation current = CURRENT.get();
    if (current != null) {
      current.failed(cause);
    } else {
      error(message, cause, Map.of());
    }
  }

  /** Sets the outcome of the invocation running on this thread; does nothing outside one. */
  public static void outcome(String value) {
    Invocation current = CURRENT.get();
    if (current != null) {
      current.outcome(value);
    }
  }

  static void write(Level level, String message, Map<String, ?> fields, Throwable cause) {
    if (level.compareTo(threshold) < 0) {
      return;
    }
    PrintStream out = System.out; // read per line: Lambda and tests may replace it
    out.println(line(level, message, fields, cause));
  }

  /**
   * One log line as JSON, secrets hidden; for writers other than standard output (the runtime
   * loop's injected logger).
   */
  public static String line(Level level, String message, Map<String, ?> fields, Throwable cause) {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("timestamp", Instant.now().toString());
    line.put("level", level.name());
    line.put("message", message);
    Invocation current = CURRENT.get();
    if (current != null) {
      line.put("requestId", current.requestId());
      line.put("handler", current.handler());
    }
    line.putAll(fields);
    if (cause != null) {
      line.put("error", describe(cause));
    }
    return Json.write(scrub(line));
  }

  static Invocation current() {
    return CURRENT.get();
  }

  static void end(Invocation invocation) {
    if (invocation.outer() == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(invocation.outer());
    }
  }

  private static Map<String, Object> describe(Throwable cause) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("type", cause.getClass().getName());
    error.put("message", String.valueOf(cause.getMessage()));
    List<String> stack = new ArrayList<>();
    StackTraceElement[] frames = cause.getStackTrace();
    for (int i = 0; i < Math.min(STACK_FRAMES, frames.length); i++) {
      stack.add(frames[i].toString());
    }
    error.put("stack", stack);
    if (cause.getCause() != null && cause.getCause() != cause) {
      error.put("cause", describe(cause.getCause()));
    }
    return error;
  }

  /** The text with every registered secret replaced by {@link #HIDDEN}. */
  public static String hide(String text) {
    String result = text;
    for (String secret : SECRETS) {
      result = result.replace(secret, HIDDEN);
    }
    return result;
  }

  private static Object scrub(Object value) {
    if (value instanceof String s) {
      return hide(s);
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      map.forEach((k, v) -> copy.put((String) scrub(String.valueOf(k)), scrub(v)));
      return copy;
    }
    if (value instanceof List<?> list) {
      return list.stream().map(Log::scrub).toList();
    }
    if (value == null || value instanceof Number || value instanceof Boolean) {
      return value;
    }
    return scrub(value.toString());
  }
}
