package chat.k1te.serverless.domain;

/**
 * An expected failure with a reason for the user and an HTTP-like code: 400 bad input, 404 not
 * found, 409 conflict, 500 internal, 502 delivery (routing or a downstream API).
 */
public final class KiteException extends RuntimeException {
  private final int code;

  public KiteException(int code, String message) {
    super(message);
    this.code = code;
  }

  public int code() {
    return code;
  }

  public static KiteException badRequest(String message) {
    return new KiteException(400, message);
  }

  public static KiteException notFound(String message) {
    return new KiteException(404, message);
  }

  public static KiteException conflict(String message) {
    return new KiteException(409, message);
  }

  public static KiteException routing(String message) {
    return new KiteException(502, message);
  }
}
