package chat.k1te.infra.ops;

/**
 * When a stage's alarms fire. Counts are per evaluation period; an alarm fires after {@code
 * evaluationPeriods} consecutive breaching periods.
 *
 * @param periodSeconds length of one evaluation period (60 or a multiple of 60)
 * @param evaluationPeriods consecutive breaching periods before an alarm fires
 * @param functionErrors invocation errors of one function
 * @param functionThrottles throttled invocations of one function
 * @param durationPercentOfTimeout longest invocation, in percent of the function's timeout
 * @param api5xx HTTP 5xx answers of the webhook API; integration and execution errors of the
 *     WebSocket API
 * @param apiLatencyP95Ms 95th percentile of the integration latency of either API
 * @param postToConnectionFailures failed pushes to widget sockets (gone sockets excluded)
 * @param tableThrottles throttled reads and writes of one table
 */
public record AlarmThresholds(
    int periodSeconds,
    int evaluationPeriods,
    int functionErrors,
    int functionThrottles,
    int durationPercentOfTimeout,
    int api5xx,
    int apiLatencyP95Ms,
    int postToConnectionFailures,
    int tableThrottles) {

  public AlarmThresholds {
    if (periodSeconds < 60 || periodSeconds % 60 != 0) {
      throw new IllegalArgumentException(
          "alarm period must be a multiple of 60 seconds, got " + periodSeconds);
    }
    if (evaluationPeriods < 1 || evaluationPeriods * periodSeconds > 86_400) {
      throw new IllegalArgumentException(
          "alarm evaluation must cover 1 period to one day, got " + evaluationPeriods);
    }
    positive("functionErrors", functionErrors);
    positive("functionThrottles", functionThrottles);
    positive("api5xx", api5xx);
    positive("apiLatencyP95Ms", apiLatencyP95Ms);
    positive("postToConnectionFailures", postToConnectionFailures);
    positive("tableThrottles", tableThrottles);
    if (durationPercentOfTimeout < 1 || durationPercentOfTimeout > 100) {
      throw new IllegalArgumentException(
          "durationPercentOfTimeout must be 1..100, got " + durationPercentOfTimeout);
    }
  }

  /** True when every threshold of this fires no later than the same one of {@code other}. */
  public boolean noLaxerThan(AlarmThresholds other) {
    return periodSeconds * evaluationPeriods <= other.periodSeconds * other.evaluationPeriods
        && functionErrors <= other.functionErrors
        && functionThrottles <= other.functionThrottles
        && durationPercentOfTimeout <= other.durationPercentOfTimeout
        && api5xx <= other.api5xx
        && apiLatencyP95Ms <= other.apiLatencyP95Ms
        && postToConnectionFailures <= other.postToConnectionFailures
        && tableThrottles <= other.tableThrottles;
  }

  private static void positive(String name, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " threshold must be at least 1, got " + value);
    }
  }
}
