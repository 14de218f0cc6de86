package chat.k1te.serverless.ws;

import chat.k1te.contracts.KiteMetrics;
import chat.k1te.serverless.json.Json;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Custom metrics as CloudWatch embedded-metric-format lines: one JSON object on standard output
 * whose {@code _aws} block makes CloudWatch Logs record the value as metric {@code
 * Kite/<name>{Stage}}. Other fields of the line are kept in the log only (for the saved queries),
 * so they cost no metric.
 */
public final class EmfMetrics {
  private final String stage;
  private final PrintStream out;

  public EmfMetrics(String stage, PrintStream out) {
    this.stage = Objects.requireNonNull(stage, "stage");
    this.out = Objects.requireNonNull(out, "out");
  }

  /** Writes {@code name = value} with the stage dimension and the given log-only fields. */
  public void emit(String name, double value, String unit, Map<String, ?> details) {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put(
        "_aws",
        Map.of(
            "Timestamp",
            System.currentTimeMillis(),
            "CloudWatchMetrics",
            List.of(
                Map.of(
                    "Namespace",
                    KiteMetrics.NAMESPACE,
                    "Dimensions",
                    List.of(List.of(KiteMetrics.STAGE_DIMENSION)),
                    "Metrics",
                    List.of(Map.of("Name", name, "Unit", unit))))));
    line.put("level", "INFO");
    line.put("message", "metric " + name);
    line.put(KiteMetrics.STAGE_DIMENSION, stage);
    line.put(name, value);
    details.forEach(line::putIfAbsent);
    out.println(Json.write(line));
  }
}
