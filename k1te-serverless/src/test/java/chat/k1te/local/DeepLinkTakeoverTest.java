package chat.k1te.local;

import static chat.k1te.local.LocalGatewayTest.get;
import static chat.k1te.local.LocalGatewayTest.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The {@code /start join__…} deep link in the whole local runtime (gateway, handlers, dynalite,
 * Telegram stand-in): the host's chat id in a link takes nothing over, and a visitor moves to
 * Telegram only with the one-time link its own socket was given.
 */
class DeepLinkTakeoverTest {
  private static LocalRuntime runtime;

  @BeforeAll
  static void start() {
    runtime = LocalRuntime.start(LocalRuntimeOptions.defaults().withPort(0));
  }

  @AfterAll
  static void stop() {
    runtime.close();
  }

  private static String messagesOf(long chatId) {
    return runtime.telegramUrl() + "/chats/" + chatId + "/messages";
  }

  /** Posts as a Telegram user into {@code chatId}; returns the bot's latest text there. */
  private static String say(long chatId, String text) throws Exception {
    post(messagesOf(chatId), Json.write(Map.of("text", text)));
    List<Object> messages = Json.readArray(get(messagesOf(chatId)).body());
    return messages.stream()
        .map(m -> (Map<?, ?>) m)
        .filter(m -> Boolean.TRUE.equals(m.get("from_bot")))
        .map(m -> String.valueOf(m.get("text")))
        .reduce((first, second) -> second)
        .orElse("");
  }

  private static boolean groupShows(String fragment) throws Exception {
    return Json.readArray(get(messagesOf(runtime.demoChatId())).body()).stream()
        .map(m -> (Map<?, ?>) m)
        .anyMatch(m -> String.valueOf(m.get("text")).contains(fragment));
  }

  @Test
  void theHostsChatIdInADeepLinkTakesNothingOver() throws Exception {
    long attacker = 660001;
    String hostId = Long.toUnsignedString(runtime.demoChatId(), 36);
    assertThat(say(attacker, "/start join__" + runtime.demoChannel() + "__" + hostId))
        .startsWith("⛔");
    assertThat(say(attacker, "/info")).contains("You don't have any channels");

    WsClient visitor = WsClient.open(runtime.wsUrl() + "?c=" + runtime.demoChannel());
    try {
      visitor.send(Json.write(List.of("JOIN", "Takeover01", "Vic", runtime.demoChannel())));
      assertThat(visitor.next()).isEqualTo("[\"OK\"]");
      visitor.send(
          Json.write(List.of("TXT", "tk1", "still for the operators", "2026-12-04T10:00:00Z")));
      assertThat(visitor.next()).startsWith("[\"ACK\"");
    } finally {
      visitor.closeBlocking();
    }
    assertThat(groupShows("still for the operators")).isTrue();
    assertThat(Json.readArray(get(messagesOf(attacker)).body()).toString())
        .doesNotContain("still for the operators");
  }

  @Test
  void aVisitorMovesToTelegramWithTheLinkItsSocketWasGivenOnce() throws Exception {
    long telegramChat = 660002;
    WsClient visitor = WsClient.open(runtime.wsUrl() + "?c=" + runtime.demoChannel());
    String start;
    try {
      visitor.send(Json.write(List.of("JOIN", "Switcher01", "Sam", runtime.demoChannel())));
      assertThat(visitor.next()).isEqualTo("[\"OK\"]");
      visitor.send("[\"LINK\"]");
      List<Object> link = Json.readArray(visitor.next());
      assertThat(link.get(0)).isEqualTo("LINK");
      String url = (String) link.get(1);
      start = url.substring(url.indexOf("?start=") + "?start=".length());
    } finally {
      visitor.closeBlocking();
    }
    assertThat(say(telegramChat, "/start join__" + runtime.demoChannel() + "__Switcher01"))
        .startsWith("⛔");
    assertThat(say(telegramChat, "/start " + start)).isEqualTo("✅ You switched to Telegram");
    assertThat(say(660003, "/start " + start)).contains("used already");
  }
}
