package chat.k1te.ci.codebuild;

import chat.k1te.ci.Backoff;
import chat.k1te.ci.CiException;
import chat.k1te.ci.ExitCode;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Runs one AWS call, retrying throttling, 5xx and I/O failures with backoff. Every retry is
 * printed; a cancel during a wait ends the retries.
 */
final class Retrying {
  private final Backoff backoff;
  private final Cancellation cancellation;
  private final PrintWriter err;

  Retrying(Backoff backoff, Cancellation cancellation, PrintWriter err) {
    this.backoff = backoff;
    this.cancellation = cancellation;
    this.err = err;
  }

  <T> T call(String what, Supplier<T> call) {
    for (int attempt = 1; ; attempt++) {
      try {
        return call.get();
      } catch (SdkException e) {
        if (!Retryable.is(e)) {
          throw new CiException(
              ExitCode.REMOTE_STATE, what + " failed: " + Retryable.describe(e), e);
        }
        if (attempt >= backoff.attempts()) {
          throw new CiException(
              ExitCode.REMOTE_STATE,
              what + " still failing after " + attempt + " attempts: " + Retryable.describe(e),
              e);
        }
        Duration delay = backoff.delay(attempt);
        err.println(
            "⚠ "
                + what
                + ": "
                + Retryable.describe(e)
                + "; retry "
                + attempt
                + " in "
                + delay.toMillis()
                + " ms");
        err.flush();
        if (cancellation.await(delay)) {
          throw new CiException(
              ExitCode.FAILURE, what + " cancelled: " + cancellation.reason().orElse("cancelled"));
        }
      }
    }
  }
}
