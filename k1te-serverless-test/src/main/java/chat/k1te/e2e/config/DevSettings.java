package chat.k1te.e2e.config;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Inputs of the {@code dev} target: where the stage's widget is, its bot and a logged-in Telegram
 * Web session (storage state written by {@code TelegramAuthApp}).
 *
 * @param widget a hosted page ({@code KITE_E2E_WIDGET_URL}) or the page the suites serve for the
 *     stage's WebSocket URL ({@code KITE_E2E_WS_URL}); the channel is added as query parameter c
 * @param botName the stage's bot, without @
 * @param authState Telegram Web storage state (auth.json)
 * @param hostChat title of an existing Telegram group, with the bot as administrator, used as host
 * @param memberChat title of another such group, used as the joining member's chat
 */
public record DevSettings(
    WidgetSource widget, String botName, Path authState, String hostChat, String memberChat) {

  public DevSettings {
    if (botName.startsWith("@")) {
      throw new IllegalArgumentException(
          "e2e.bot.name is the bot's username without @, got '" + botName + "'");
    }
    if (!Files.isRegularFile(authState)) {
      throw new IllegalStateException(
          "Telegram Web storage state not found at "
              + authState.toAbsolutePath()
              + ": create it with TelegramAuthApp (see README) and pass -De2e.telegram.auth=<file>"
              + " or KITE_E2E_TELEGRAM_AUTH");
    }
  }

  public static DevSettings fromEnvironment() {
    return new DevSettings(
        WidgetSource.fromEnvironment(),
        Setting.required("e2e.bot.name", "KITE_E2E_BOT_NAME", "the dev bot's username"),
        Path.of(Setting.of("e2e.telegram.auth", "KITE_E2E_TELEGRAM_AUTH").orElse("auth.json")),
        Setting.of("e2e.telegram.host-chat", "KITE_E2E_HOST_CHAT").orElse("kite-e2e-host"),
        Setting.of("e2e.telegram.member-chat", "KITE_E2E_MEMBER_CHAT").orElse("kite-e2e-member"));
  }
}
