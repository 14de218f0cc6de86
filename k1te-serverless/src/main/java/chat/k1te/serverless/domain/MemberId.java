package chat.k1te.serverless.domain;

import java.util.regex.Pattern;

/**
 * Member ids: 1..64 letters, digits or '_' (a web visitor's chosen id, or a Telegram chat's base-36
 * id). Anything else names no member, and could not even be a DynamoDB key if long.
 */
public final class MemberId {
  private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_]{1,64}");

  private MemberId() {}

  public static boolean isValid(String id) {
    return id != null && VALID.matcher(id).matches();
  }
}
