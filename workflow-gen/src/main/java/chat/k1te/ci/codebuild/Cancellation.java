package chat.k1te.ci.codebuild;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A one-way cancel signal. The shutdown hook (SIGINT/SIGTERM) trips it; the poll loop waits on it
 * instead of sleeping, so a cancel is noticed at once.
 */
public final class Cancellation {
  private final CountDownLatch cancelled = new CountDownLatch(1);
  private volatile String reason;

  public void cancel(String why) {
    if (reason == null) {
      reason = why;
    }
    cancelled.countDown();
  }

  public boolean isCancelled() {
    return cancelled.getCount() == 0;
  }

  public Optional<String> reason() {
    return Optional.ofNullable(reason);
  }

  /** Waits up to {@code duration}; true when cancelled (an interrupt counts as a cancel). */
  public boolean await(Duration duration) {
    try {
      return cancelled.await(duration.toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      cancel("interrupted");
      return true;
    }
  }
}
