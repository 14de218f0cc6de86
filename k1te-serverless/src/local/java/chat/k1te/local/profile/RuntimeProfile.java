package chat.k1te.local.profile;

import chat.k1te.local.engine.DynaliteStats;

/**
 * One reading of where the local runtime spends its time, cumulative: the dynalite process's own
 * account, the dispatcher Lambda's invocations, the Telegram stand-in's Bot API requests, and this
 * JVM's CPU time, at a wall-clock instant. Two readings {@link #minus} each other give an interval.
 */
public record RuntimeProfile(
    long nanoTime,
    long jvmCpuNanos,
    DynaliteStats dynalite,
    WorkMeter.Reading dispatcher,
    WorkMeter.Reading telegram) {

  public RuntimeProfile minus(RuntimeProfile earlier) {
    return new RuntimeProfile(
        nanoTime - earlier.nanoTime,
        jvmCpuNanos - earlier.jvmCpuNanos,
        dynalite.minus(earlier.dynalite),
        dispatcher.minus(earlier.dispatcher),
        telegram.minus(earlier.telegram));
  }

  /** CPU time of this whole JVM so far (all threads, GC and JIT included). */
  public static long processCpuNanos() {
    return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
            instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime()
        : -1;
  }
}
