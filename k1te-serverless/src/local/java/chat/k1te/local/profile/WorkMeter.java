package chat.k1te.local.profile;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts units of work done in this JVM (handler invocations, stand-in requests) with their summed
 * wall time and the CPU time of the thread that did them, so a benchmark can split where a
 * message's time goes. Cheap enough to stay on: two clock reads per unit.
 */
public final class WorkMeter {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final LongAdder count = new LongAdder();
  private final LongAdder wallNanos = new LongAdder();
  private final LongAdder cpuNanos = new LongAdder();

  /** Runs {@code work} on this thread and counts it, whether it returns or throws. */
  public <T, E extends Exception> T measure(Work<T, E> work) throws E {
    long cpu = threadCpuNanos();
    long wall = System.nanoTime();
    try {
      return work.run();
    } finally {
      wallNanos.add(System.nanoTime() - wall);
      cpuNanos.add(Math.max(0, threadCpuNanos() - cpu));
      count.increment();
    }
  }

  public Reading reading() {
    return new Reading(count.sum(), wallNanos.sum(), cpuNanos.sum());
  }

  private static long threadCpuNanos() {
    return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : 0;
  }

  /** A unit of work that may throw {@code E}. */
  @FunctionalInterface
  public interface Work<T, E extends Exception> {
    T run() throws E;
  }

  /** Cumulative figures; {@link #minus} gives those of an interval. */
  public record Reading(long count, long wallNanos, long cpuNanos) {
    public Reading minus(Reading earlier) {
      return new Reading(
          count - earlier.count, wallNanos - earlier.wallNanos, cpuNanos - earlier.cpuNanos);
    }
  }
}
