package chat.k1te.serverless.runtime;

/** The Runtime API refused a call or could not be reached: the runtime cannot go on. */
public final class RuntimeApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RuntimeApiException(String message) {
    super(message);
  }

  public RuntimeApiException(String message, Throwable cause) {
    super(message, cause);
  }
}
