package chat.k1te.serverless.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Member ids: 1..64 letters, digits or '_'. Anything else names no member, and could not even be a
 * DynamoDB key if long. Web visitors choose theirs (a secret of their session); a Telegram client's
 * id is {@code tg_} + its chat id in base 36, which is no secret. The two spaces are disjoint so
 * that a web JOIN or {@code $connect ?m=} can never name (and take over) a Telegram member.
 */
public final class MemberId {
  public static final String TELEGRAM_PREFIX = "tg_";
  private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_]{1,64}");

  private MemberId() {}

  public static boolean isValid(String id) {
    return id != null && VALID.matcher(id).matches();
  }

  /** A valid id outside the Telegram space (case-insensitively, so no look-alike either). */
  public static boolean isWebId(String id) {
    return isValid(id) && !id.toLowerCase(Locale.ROOT).startsWith(TELEGRAM_PREFIX);
  }

  public static String ofTelegramChat(String chatRaw) {
    return TELEGRAM_PREFIX + chatRaw;
  }
}
