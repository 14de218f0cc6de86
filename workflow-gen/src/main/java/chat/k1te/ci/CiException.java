package chat.k1te.ci;

/** An expected failure: its message is the one line the user sees, with the exit code to return. */
public class CiException extends RuntimeException {
  private final int exitCode;

  public CiException(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  public CiException(int exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  public static CiException invalidInput(String message) {
    return new CiException(ExitCode.INVALID_INPUT, message);
  }

  public static CiException remoteState(String message) {
    return new CiException(ExitCode.REMOTE_STATE, message);
  }

  public int exitCode() {
    return exitCode;
  }
}
