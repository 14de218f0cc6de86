package chat.k1te.ci;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with jitter: the one retry schedule of the CI commands (AWS calls of the
 * CodeBuild runner, GitHub's REST API).
 */
public record Backoff(Duration initial, Duration max, int attempts) {
  /** GitHub's 5xx answers: three attempts, about 1 s then 2 s apart. */
  public static final Backoff GITHUB = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(4), 3);

  /**
   * Derived from a poll interval so that tests with a tiny poll interval also back off in
   * milliseconds.
   */
  public static Backoff forPollInterval(Duration pollInterval) {
    Duration initial = min(pollInterval, Duration.ofSeconds(1));
    Duration max = min(pollInterval.multipliedBy(12), Duration.ofSeconds(60));
    return new Backoff(initial, max.compareTo(initial) < 0 ? initial : max, 8);
  }

  /** The wait before retry number {@code retry} (1-based): half fixed, half random. */
  public Duration delay(int retry) {
    Duration full = initial;
    for (int i = 1; i < retry && full.compareTo(max) < 0; i++) {
      full = full.multipliedBy(2);
    }
    full = min(full, max);
    long half = Math.max(1, full.toMillis() / 2);
    return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(half + 1));
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
