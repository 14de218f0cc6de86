package chat.k1te.local;

import chat.k1te.local.engine.DynaliteStats;
import chat.k1te.local.profile.RuntimeProfile;
import chat.k1te.local.profile.WorkMeter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where the time of a load run's sending phase went: the dynalite process (its own count of
 * requests, CPU and event-loop busy time), this JVM (the runtime, minus the benchmark's own
 * WebSocket clients), the dispatcher's invocations and the Telegram stand-in. Per message, and the
 * ceiling dynalite sets if its one thread is the limit.
 */
record LoadProfile(
    int messages,
    RuntimeProfile interval,
    long clientCpuNanos,
    double loadAverageBefore,
    double loadAverageAfter,
    int cores) {

  /** A reading to start from: the runtime's profile, the clients' CPU, the load average. */
  record Start(RuntimeProfile runtime, long clientCpuNanos, double loadAverage) {
    static Start now(LocalRuntime runtime) {
      return new Start(runtime.profile(), benchmarkClientsCpuNanos(), systemLoadAverage());
    }

    LoadProfile until(LocalRuntime runtime, int messages) {
      long clients = benchmarkClientsCpuNanos();
      RuntimeProfile end = runtime.profile();
      return new LoadProfile(
          messages,
          end.minus(this.runtime),
          clients - clientCpuNanos,
          loadAverage,
          systemLoadAverage(),
          Runtime.getRuntime().availableProcessors());
    }
  }

  /**
   * CPU of the benchmark's own threads: the Java-WebSocket clients' read and write threads, their
   * connection-lost checker, and the load threads that send.
   */
  static long benchmarkClientsCpuNanos() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long sum = 0;
    for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (info == null) {
        continue;
      }
      String name = info.getThreadName();
      if (name.startsWith("WebSocket")
          || name.startsWith("connectionLostChecker")
          || name.equals("load")) {
        sum += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
      }
    }
    return sum;
  }

  static double systemLoadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  double wallSeconds() {
    return interval.nanoTime() / 1e9;
  }

  double requestsPerMessage() {
    return (double) interval.dynalite().requests() / messages;
  }

  /** dynalite's CPU per request: its service time when its one thread is the limit. */
  double dynaliteCpuMillisPerRequest() {
    DynaliteStats d = interval.dynalite();
    return d.requests() == 0 ? 0 : d.cpuMicros() / 1000.0 / d.requests();
  }

  /** Messages per second dynalite could serve at 100 % of its thread, at this requests/message. */
  double dynaliteCeiling() {
    double perMessage = requestsPerMessage() * dynaliteCpuMillisPerRequest();
    return perMessage == 0 ? 0 : 1000.0 / perMessage;
  }

  double runtimeCpuNanos() {
    return interval.jvmCpuNanos() - clientCpuNanos;
  }

  String summary() {
    DynaliteStats d = interval.dynalite();
    WorkMeter.Reading handler = interval.dispatcher();
    WorkMeter.Reading tg = interval.telegram();
    double wallMillis = interval.nanoTime() / 1e6;
    double residencePerRequest =
        d.requests() == 0 ? 0 : d.residenceMicros() / 1000.0 / d.requests();
    double handlerWall = millis(handler.wallNanos()) / messages;
    double inDynalite = residencePerRequest * requestsPerMessage();
    double inStandIn = millis(tg.wallNanos()) / messages;
    String operations =
        d.operations().entrySet().stream()
            .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
            .map(e -> e.getKey() + " " + String.format("%.2f", (double) e.getValue() / messages))
            .collect(Collectors.joining(", "));
    return String.format(
        "profile of the sending phase (%.1f s wall, %d cores, load average %.1f → %.1f):%n"
            + "  dynalite: %d requests = %.2f per message (%s) on %d new connections;"
            + " CPU %.0f ms = %.0f %% of one core, event loop busy %.0f %%;"
            + " %.3f ms CPU and %.2f ms inside per request; ceiling at 100 %% of its thread"
            + " %.0f msg/s%n"
            + "  this JVM: CPU %.0f ms = %.2f cores, of which the benchmark's clients %.0f ms;"
            + " the runtime %.0f ms = %.2f cores, %.2f ms per message%n"
            + "  dispatcher: %d invocations, %.1f ms wall and %.2f ms CPU each;"
            + " Telegram stand-in: %.2f requests, %.1f ms wall, %.2f ms CPU per message%n"
            + "  per message %.1f ms in the handler = %.1f ms inside dynalite + %.1f ms in the"
            + " stand-in + %.1f ms rest (our code, SDK, HTTP, waiting to reach the engines)",
        wallSeconds(),
        cores,
        loadAverageBefore,
        loadAverageAfter,
        d.requests(),
        requestsPerMessage(),
        operations,
        d.connections(),
        d.cpuMicros() / 1000.0,
        100 * d.cpuMicros() / 1000.0 / wallMillis,
        100 * d.loopUtilisation(),
        dynaliteCpuMillisPerRequest(),
        residencePerRequest,
        dynaliteCeiling(),
        millis(interval.jvmCpuNanos()),
        millis(interval.jvmCpuNanos()) / wallMillis,
        millis(clientCpuNanos),
        millis((long) runtimeCpuNanos()),
        millis((long) runtimeCpuNanos()) / wallMillis,
        millis((long) runtimeCpuNanos()) / messages,
        handler.count(),
        handler.count() == 0 ? 0 : millis(handler.wallNanos()) / handler.count(),
        handler.count() == 0 ? 0 : millis(handler.cpuNanos()) / handler.count(),
        (double) tg.count() / messages,
        inStandIn,
        millis(tg.cpuNanos()) / messages,
        handlerWall,
        inDynalite,
        inStandIn,
        handlerWall - inDynalite - inStandIn);
  }

  private static double millis(long nanos) {
    return nanos / 1e6;
  }
}
