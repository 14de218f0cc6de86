package chat.k1te.contracts;

import java.util.regex.Pattern;

/**
 * The installation prefix: the first part of every account-unique name of one Kite installation
 * (roles, policies, CodeBuild projects, buckets, functions, log groups, state keys), so two
 * installations share an AWS account without a collision. {@code kite} by default.
 */
public final class Installation {
  public static final String DEFAULT = "kite";

  /**
   * Lower-case letter first, then letters, digits or single hyphens; at most 12 characters so the
   * longest derived name (an IAM role, 64 characters) still fits.
   */
  private static final Pattern PREFIX = Pattern.compile("[a-z](?:[a-z0-9]|-(?!-)){0,10}[a-z0-9]");

  private Installation() {}

  public static String require(String prefix) {
    if (prefix == null || !PREFIX.matcher(prefix).matches()) {
      throw new IllegalArgumentException(
          "expected 2–12 lower-case letters, digits or single hyphens, starting with a letter"
              + " and not ending with a hyphen (e.g. 'kite' or 'acme-kite'), got '"
              + prefix
              + "'");
    }
    return prefix;
  }
}
