package chat.k1te.ci.codebuild;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Turns SIGINT/SIGTERM (a cancelled workflow) into a trip of the {@link Cancellation}: the JVM's
 * shutdown hook cancels, then waits (at most 30 s) until the run has stopped the build and printed
 * why, so the process still exits non-zero with a reason.
 */
final class SignalGuard {
  private final CountDownLatch finished = new CountDownLatch(1);
  private final Thread hook;

  SignalGuard(Cancellation cancellation) {
    this.hook =
        new Thread(
            () -> {
              cancellation.cancel("cancelled by a signal (SIGINT/SIGTERM)");
              try {
                finished.await(30, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "kite-ci-cancel");
  }

  void install() {
    Runtime.getRuntime().addShutdownHook(hook);
  }

  /** The run is over and its verdict printed: let a running hook finish, or remove it. */
  void release() {
    finished.countDown();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the hook is running; it was just released
    }
  }
}
