package chat.k1te.serverless.domain;

import java.util.regex.Pattern;

/** Channel names: 8..32 letters, digits, '-' or '_'. */
public final class ChannelName {
  private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_-]{8,32}");

  private ChannelName() {}

  public static String validate(String name) {
    if (name == null || name.isBlank()) {
      throw KiteException.badRequest(
          "Missing channel name. Use a name of 8 to 32 letters, digits, '-' or '_'");
    }
    if (!VALID.matcher(name).matches()) {
      throw KiteException.badRequest(
          "Invalid channel name " + name + ". Use 8 to 32 characters: letters, digits, '-' or '_'");
    }
    return name;
  }
}
