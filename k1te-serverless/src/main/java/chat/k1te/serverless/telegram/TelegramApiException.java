package chat.k1te.serverless.telegram;

/** A Bot API call failed: Telegram's error code and description (never the token or URL). */
public final class TelegramApiException extends RuntimeException {
  private final int errorCode;
  private final String description;

  public TelegramApiException(int errorCode, String description) {
    super("tg connector error: (" + errorCode + ") " + description);
    this.errorCode = errorCode;
    this.description = description;
  }

  public int errorCode() {
    return errorCode;
  }

  public String description() {
    return description;
  }
}
