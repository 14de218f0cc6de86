package chat.k1te.serverless.apigw;

/** The Lambda got an event it does not handle. */
public final class UnknownEventException extends Exception {
  public UnknownEventException(String message) {
    super(message);
  }
}
