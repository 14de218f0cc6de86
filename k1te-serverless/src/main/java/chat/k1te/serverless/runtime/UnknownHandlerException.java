package chat.k1te.serverless.runtime;

/** {@code _HANDLER} is missing or names none of the Kite handlers. */
public final class UnknownHandlerException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public UnknownHandlerException(String message) {
    super(message);
  }
}
