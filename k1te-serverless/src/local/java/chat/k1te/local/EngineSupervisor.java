package chat.k1te.local;

import chat.k1te.local.engine.DynaliteEngine;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Watches the engines so the chat is never silently broken: when dynalite (a node child process)
 * exits unexpectedly it is started again on its port with the tables recreated and {@code
 * afterRestart} run (e.g. hosting the demo channel again), each step logged; when that fails, or
 * dynalite keeps dying, or s3proxy (in-process) stops, {@link #failure()} completes with the reason
 * and the runtime stops.
 */
final class EngineSupervisor implements AutoCloseable {
  static final int MAX_RESTARTS_PER_MINUTE = 3;
  private static final long S3_CHECK_SECONDS = 2;

  private final Engines engines;
  private final Runnable afterRestart;
  private final CompletableFuture<String> failure = new CompletableFuture<>();
  private final Deque<Long> restarts = new ArrayDeque<>();
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "kite-engine-supervisor");
            t.setDaemon(true);
            return t;
          });
  private volatile boolean closing;

  EngineSupervisor(Engines engines, Runnable afterRestart) {
    this.engines = engines;
    this.afterRestart = afterRestart;
    watch(engines.dynalite());
    timer.scheduleWithFixedDelay(
        this::checkS3, S3_CHECK_SECONDS, S3_CHECK_SECONDS, TimeUnit.SECONDS);
  }

  /** Completes with a message when an engine is gone for good. */
  CompletableFuture<String> failure() {
    return failure;
  }

  private void watch(DynaliteEngine dynalite) {
    dynalite.onExit().thenAcceptAsync(code -> died(dynalite, code), timer);
  }

  private void died(DynaliteEngine dynalite, int exitCode) {
    if (closing || failure.isDone()) {
      return;
    }
    long now = System.nanoTime();
    restarts.addLast(now);
    while (now - restarts.peekFirst() > TimeUnit.MINUTES.toNanos(1)) {
      restarts.removeFirst();
    }
    String what = "dynalite (pid " + dynalite.pid() + ", port " + dynalite.port() + ")";
    if (restarts.size() > MAX_RESTARTS_PER_MINUTE) {
      fail(
          what
              + " exited with code "
              + exitCode
              + " again; gave up after "
              + MAX_RESTARTS_PER_MINUTE
              + " restarts within a minute");
      return;
    }
    LocalLog.error(
        "runtime",
        what
            + " exited unexpectedly with code "
            + exitCode
            + "; restarting it with empty tables (its in-memory data is lost)");
    try {
      DynaliteEngine fresh = engines.restartDynalite();
      watch(fresh);
      afterRestart.run();
      LocalLog.error(
          "runtime",
          "dynalite restarted (pid "
              + fresh.pid()
              + ", port "
              + fresh.port()
              + "), tables recreated");
    } catch (RuntimeException e) {
      fail(
          what
              + " exited with code "
              + exitCode
              + " and could not be restarted: "
              + e.getMessage());
    }
  }

  private void checkS3() {
    if (!closing && !failure.isDone() && !engines.s3().isRunning()) {
      fail("s3proxy stopped; files can no longer be stored");
    }
  }

  private void fail(String reason) {
    LocalLog.error("runtime", reason + " — stopping");
    failure.complete(reason);
  }

  /** The runtime is stopping: engines ending now is expected. */
  @Override
  public void close() {
    closing = true;
    timer.shutdownNow();
  }
}
