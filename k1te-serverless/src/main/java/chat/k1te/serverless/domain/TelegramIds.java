package chat.k1te.serverless.domain;

/** Telegram chat and message ids as the unsigned base-36 strings Kite stores. */
public final class TelegramIds {
  private TelegramIds() {}

  public static String encode(long id) {
    return Long.toUnsignedString(id, 36);
  }

  public static long decode(String raw) {
    return Long.parseUnsignedLong(raw, 36);
  }
}
