package chat.k1te.ci.drift;

import java.util.regex.Pattern;

/**
 * Drift issues are readable by everyone who can read the repository's issues (on a public
 * repository: everyone). AWS account ids in ARNs and values are masked before anything is written.
 */
final class AccountIdMask {
  /** Twelve digits standing alone: an ARN's account field, {@code owner_id}, {@code account_id}. */
  private static final Pattern ACCOUNT_ID = Pattern.compile("(?<![0-9])[0-9]{12}(?![0-9])");

  static final String MASK = "<account-id>";

  private AccountIdMask() {}

  static String mask(String text) {
    return ACCOUNT_ID.matcher(text).replaceAll(MASK);
  }
}
