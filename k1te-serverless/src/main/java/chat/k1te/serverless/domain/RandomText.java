package chat.k1te.serverless.domain;

import java.security.SecureRandom;

/**
 * Unguessable random text from an alphabet (a {@link SecureRandom} draw per character): the prefix
 * of an uploaded file's key, the local runtime's webhook secret, the unique names of e2e tests.
 */
public final class RandomText {
  /** Lower-case letters and digits: safe in S3 keys and URLs without escaping. */
  public static final String LOWER_ALPHANUMERIC = "abcdefghijklmnopqrstuvwxyz0123456789";

  /** Letters and digits. */
  public static final String ALPHANUMERIC =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz" + "0123456789";

  /** What Telegram allows in a webhook {@code secret_token}. */
  public static final String SECRET_TOKEN = ALPHANUMERIC + "_-";

  private static final SecureRandom RANDOM = new SecureRandom();

  private RandomText() {}

  public static String of(int length, String alphabet) {
    if (length < 0 || alphabet.isEmpty()) {
      throw new IllegalArgumentException("length must be >= 0 and the alphabet not empty");
    }
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
    }
    return text.toString();
  }
}
