package chat.k1te.serverless.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The bot's texts: Ukrainian complete and consistent with English, languages picked as Telegram
 * reports them.
 */
class BotTextTest {
  private static String placeholders(String text) {
    Matcher m = Pattern.compile("\\{\\d}").matcher(text);
    return m.results().map(r -> r.group()).sorted().collect(Collectors.joining());
  }

  @Test
  void everyTextHasAUkrainianVersionWithTheSamePlaceholders() {
    for (BotText text : BotText.values()) {
      String english = text.in(Language.EN);
      String ukrainian = text.in(Language.UK);
      assertThat(ukrainian).as(text.name()).isNotBlank().isNotEqualTo(english);
      assertThat(placeholders(ukrainian)).as(text.name()).isEqualTo(placeholders(english));
    }
  }

  @Test
  void argumentsAreFilledOnceAndNeverReRead() {
    assertThat(BotText.NOTICE_JOINED.in(Language.EN, "{1}", "chan-name"))
        .isEqualTo("✅ {1} joined channel chan-name");
  }

  @Test
  void telegramLanguageCodesPickTheLanguage() {
    assertThat(Language.of(Optional.of("uk"))).isEqualTo(Language.UK);
    assertThat(Language.of(Optional.of("uk-UA"))).isEqualTo(Language.UK);
    assertThat(Language.of(Optional.of("UA"))).isEqualTo(Language.UK);
    assertThat(Language.of(Optional.of("en"))).isEqualTo(Language.EN);
    assertThat(Language.of(Optional.of("de"))).isEqualTo(Language.EN);
    assertThat(Language.of(Optional.empty())).isEqualTo(Language.EN);
  }
}
