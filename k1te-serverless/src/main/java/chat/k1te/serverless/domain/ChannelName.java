package chat.k1te.serverless.domain;

import java.util.regex.Pattern;

/** Channel names: 8..32 letters, digits, '-' or '_'. */
public final class ChannelName {
  private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_-]{8,32}");

  private ChannelName() {}

  public static String validate(String name) {
    if (name == null || name.isBlank()) {
      throw KiteException.badRequest(BotText.MISSING_CHANNEL_NAME);
    }
    if (!VALID.matcher(name).matches()) {
      throw KiteException.badRequest(BotText.INVALID_CHANNEL_NAME, name);
    }
    return name;
  }
}
