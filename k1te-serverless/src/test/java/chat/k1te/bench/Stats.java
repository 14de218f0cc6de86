package chat.k1te.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Order statistics of a sample of durations in milliseconds (nearest-rank percentiles). */
record Stats(int count, double min, double median, double p90, double p99, double max) {

  static Stats of(List<Double> millis) {
    if (millis.isEmpty()) {
      throw new IllegalArgumentException("no samples");
    }
    List<Double> sorted = new ArrayList<>(millis);
    Collections.sort(sorted);
    return new Stats(
        sorted.size(),
        sorted.get(0),
        rank(sorted, 50),
        rank(sorted, 90),
        rank(sorted, 99),
        sorted.get(sorted.size() - 1));
  }

  private static double rank(List<Double> sorted, int percentile) {
    int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }

  static String ms(double value) {
    return String.format(Locale.ROOT, value < 10 ? "%.2f" : "%.0f", value);
  }
}
