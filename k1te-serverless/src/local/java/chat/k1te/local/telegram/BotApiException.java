package chat.k1te.local.telegram;

/** A Bot API error: {@code {"ok":false,"error_code":…,"description":…}}. */
public final class BotApiException extends RuntimeException {
  private final int code;

  BotApiException(int code, String description) {
    super(description);
    this.code = code;
  }

  static BotApiException badRequest(String what) {
    return new BotApiException(400, "Bad Request: " + what);
  }

  int code() {
    return code;
  }
}
