package chat.k1te.serverless.it;

import static org.assertj.core.api.Assertions.assertThat;

import chat.k1te.serverless.support.KiteHarness;
import chat.k1te.serverless.support.TelegramStub;
import chat.k1te.serverless.support.Updates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The bot answers in the language Telegram reports for the user: Ukrainian, else English. */
class LocalisationTest {
  static final long HOST = -1007100000001L;
  static final long USER = 55601;
  KiteHarness kite;

  @BeforeEach
  void setUp() {
    kite = new KiteHarness();
  }

  @AfterEach
  void tearDown() {
    kite.close();
  }

  private String say(long chat, String languageCode, String text) {
    var message = Updates.text(chat, chat < 0 ? "Підтримка" : "User", chat < 0 ? 7 : chat, text);
    if (languageCode != null) {
      message = Updates.inLanguage(message, languageCode);
    }
    return KiteHarness.body(kite.webhook(Updates.update(message))).string("text").orElse("");
  }

  @Test
  void aUkrainianUserGetsEveryAnswerInUkrainian() {
    assertThat(say(USER, "uk", "/help"))
        .startsWith("Цей бот дозволяє налаштувати канал підтримки в поточному чаті.");
    assertThat(say(USER, "uk", "/info")).startsWith("Зараз у вас немає жодного каналу.");
    assertThat(say(USER, "uk", "/join no-such-channel")).isEqualTo("⛔ Канал не знайдено");
    assertThat(say(USER, "uk", "/host bad")).startsWith("⛔ Неприпустима назва каналу bad.");
    assertThat(say(USER, "uk", "/frobnicate")).isEqualTo("⛔ Непідтримувана команда /frobnicate");
    assertThat(say(USER, "uk", "hello")).startsWith("Ви ще не в каналі.");

    assertThat(say(HOST, "uk-UA", "/host ukr-channel"))
        .isEqualTo(
            "✅ Канал ukr-channel створено. Вкажіть URL wss://ws.example.test/"
                + kite.stage
                + "?c=ukr-channel у налаштуваннях вебчату k1te");
    kite.telegram.clear();
    assertThat(say(USER, "uk", "/join ukr-channel"))
        .isEqualTo("✅ Ви приєдналися до каналу ukr-channel");
    assertThat(kite.telegram.callsTo(HOST))
        .extracting(TelegramStub.Call::text)
        .as("notices to the host group are in the language of whoever hosted the channel")
        .containsExactly(
            "#tg_"
                + Long.toString(USER, 36)
                + " User"
                + USER
                + "\n✅ User"
                + USER
                + " приєднується до каналу ukr-channel");
    assertThat(say(USER, "uk", "/info")).contains("Ви учасник каналу ukr-channel");
    assertThat(say(USER, "uk", "/drop")).isEqualTo("⛔ Лише хост може видалити свій канал");
    assertThat(say(USER, "uk", "/leave")).isEqualTo("✅ Ви вийшли з каналу ukr-channel");
    assertThat(say(HOST, "uk", "/drop")).isEqualTo("✅ Ви видалили канал ukr-channel");
  }

  @Test
  void englishIsTheDefault() {
    assertThat(say(USER, null, "/help"))
        .startsWith("This bot allows to set up support channel in the current chat.");
    assertThat(say(USER, "de", "/join no-such-channel")).isEqualTo("⛔ Channel not found");
    assertThat(say(HOST, "en", "/host eng-channel")).startsWith("✅ Created channel eng-channel.");
    kite.telegram.clear();
    assertThat(say(USER, "uk", "/join eng-channel"))
        .isEqualTo("✅ Ви приєдналися до каналу eng-channel");
    assertThat(kite.telegram.callsTo(HOST).get(0).text()).endsWith(" joined channel eng-channel");
  }
}
