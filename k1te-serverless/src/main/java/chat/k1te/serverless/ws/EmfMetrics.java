package chat.k1te.serverless.ws;

import chat.k1te.contracts.KiteMetrics;
import chat.k1te.serverless.log.Log;
import java.io.PrintStream;
import java.util.Map;
import java.util.Objects;

/**
 * Custom metrics as CloudWatch embedded-metric-format lines: one JSON object on standard output
 * whose {@code _aws} block makes CloudWatch Logs record the value as metric {@code
 * Kite/<name>{Stage}}. Other fields of the line are kept in the log only (for the saved queries),
 * so they cost no metric. The line is built by {@link Log#metricLine} (request id, secrets hidden).
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
    out.println(
        Log.metricLine(
            KiteMetrics.NAMESPACE,
            name,
            unit,
            value,
            Map.of(KiteMetrics.STAGE_DIMENSION, stage),
            details));
  }
}
