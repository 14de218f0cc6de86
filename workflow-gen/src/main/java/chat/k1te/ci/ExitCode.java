package chat.k1te.ci;

import java.io.UncheckedIOException;

/**
 * The exit codes of every CI command, in one place. The help of each verb lists what they mean for
 * that verb.
 */
public final class ExitCode {
  /** The command did what it was asked and everything is fine. */
  public static final int OK = 0;

  /** The checked thing is not fine: build failed, drift found, a smoke check failed. */
  public static final int FAILURE = 1;

  /** Bad or missing input: an option, an environment variable, a file. */
  public static final int INVALID_INPUT = 2;

  /** A remote system is not in the state we need: API refused, artifact missing, plan failed. */
  public static final int REMOTE_STATE = 3;

  /** A bug or an unexpected exception inside the command. */
  public static final int INTERNAL = 4;

  private ExitCode() {}

  /** The exit code of a command that failed with {@code failure}. */
  public static int of(Exception failure) {
    if (failure instanceof CiException ci) {
      return ci.exitCode();
    }
    return failure instanceof IllegalArgumentException ? INVALID_INPUT : INTERNAL;
  }

  /** The one line a command prints for {@code failure} (after "✘ "); never a stack trace. */
  public static String message(Exception failure) {
    if (failure instanceof CiException || failure instanceof IllegalArgumentException) {
      return failure.getMessage();
    }
    if (failure instanceof UncheckedIOException io) {
      return io.getMessage() + ": " + io.getCause().getMessage();
    }
    return "internal error: " + failure;
  }
}
