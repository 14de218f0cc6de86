package chat.k1te.infra.ops;

import java.util.List;
import java.util.Objects;

/**
 * One alarm: it fires when the metric (or the sum of the metrics) reaches the threshold in {@code
 * evaluationPeriods} consecutive periods.
 *
 * @param what the name after {@code <stage>-kite-}
 * @param metrics one metric, or several that are added up (missing data counts as 0)
 * @param missingData CloudWatch's {@code treat_missing_data}: {@code notBreaching} for counts of
 *     bad events (no events, nothing bad), {@code missing} for signals that should be there
 */
public record AlarmSpec(
    String what,
    String description,
    List<Metric> metrics,
    double threshold,
    int periodSeconds,
    int evaluationPeriods,
    String missingData) {

  public AlarmSpec {
    Objects.requireNonNull(what, "what");
    Objects.requireNonNull(description, "description");
    metrics = List.copyOf(metrics);
    if (metrics.isEmpty() || metrics.size() > 10) {
      throw new IllegalArgumentException(what + ": an alarm reads 1 to 10 metrics");
    }
    if (!what.matches("[a-z0-9-]+")) {
      throw new IllegalArgumentException("alarm name part must be lower-case words: " + what);
    }
    if (!List.of("notBreaching", "missing", "breaching", "ignore").contains(missingData)) {
      throw new IllegalArgumentException(what + ": unknown treat_missing_data " + missingData);
    }
  }

  /** A count of bad events over the stage's period: no events means nothing bad happened. */
  public static AlarmSpec count(
      String what, String description, List<Metric> metrics, int threshold, AlarmThresholds t) {
    return new AlarmSpec(
        what,
        description,
        metrics,
        threshold,
        t.periodSeconds(),
        t.evaluationPeriods(),
        "notBreaching");
  }
}
