package chat.k1te.serverless.domain;

import java.util.Locale;
import java.util.Optional;

/** The languages the bot answers in; English unless Telegram reports the user's as Ukrainian. */
public enum Language {
  EN,
  UK;

  /**
   * From Telegram's {@code language_code} (an IETF tag such as {@code uk} or {@code uk-UA}); {@code
   * ua}, the country code people often use for the language, counts too.
   */
  public static Language of(Optional<String> languageCode) {
    String primary =
        languageCode.map(c -> c.toLowerCase(Locale.ROOT).split("[-_]", 2)[0]).orElse("");
    return primary.equals("uk") || primary.equals("ua") ? UK : EN;
  }
}
