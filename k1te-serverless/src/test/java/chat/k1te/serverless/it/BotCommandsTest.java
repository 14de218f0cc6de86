package chat.k1te.serverless.it;

import static org.assertj.core.api.Assertions.assertThat;

import chat.k1te.serverless.json.JsonObject;
import chat.k1te.serverless.support.KiteHarness;
import chat.k1te.serverless.support.TelegramStub;
import chat.k1te.serverless.support.Updates;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The bot commands and deep links of docs/behaviour.md#commands-and-deep-links, Telegram members,
 * bot membership.
 */
class BotCommandsTest {
  static final long HOST = -1007000000001L;
  static final long OTHER_HOST = -1007000000002L;
  static final long USER = 55501;
  static final long USER2 = 55502;
  KiteHarness kite;

  @BeforeEach
  void setUp() {
    kite = new KiteHarness();
  }

  @AfterEach
  void tearDown() {
    kite.close();
  }

  private String say(long chat, String text) {
    JsonObject response =
        kite.webhook(
            Updates.update(
                Updates.text(
                    chat, chat < 0 ? "Support group" : "User", chat < 0 ? 7 : chat, text)));
    assertThat(response.number("statusCode")).contains(200L);
    JsonObject body = KiteHarness.body(response);
    return body.string("text").orElse("");
  }

  @Test
  void hostCommandCreatesTheChannelOnceAndOnePerHost() {
    assertThat(say(HOST, "/host k1te_chat_test"))
        .isEqualTo(
            "✅ Created channel k1te_chat_test. Use URL wss://ws.example.test/"
                + kite.stage
                + "?c=k1te_chat_test to configure k1te chat frontend");
    assertThat(say(OTHER_HOST, "/host k1te_chat_test"))
        .isEqualTo("⛔ Channel name is already taken");
    assertThat(say(HOST, "/host another-channel"))
        .isEqualTo("⛔ You cannot host more than one channel");
    assertThat(say(HOST, "/host k1te_chat_test"))
        .startsWith("✅ This chat already hosts channel k1te_chat_test");
    assertThat(say(OTHER_HOST, "/host short")).startsWith("⛔ Invalid channel name short");
    assertThat(say(OTHER_HOST, "/host@kite_test_bot other-channel"))
        .startsWith("✅ Created channel other-channel");
  }

  @Test
  void helpStartAndUnknownCommands() {
    assertThat(say(USER, "/help"))
        .contains("This bot allows to set up support channel in the current chat")
        .contains("/delete - as a reply to your message a client received");
    assertThat(say(USER, "/start"))
        .contains("This bot allows to set up support channel in the current chat");
    assertThat(say(USER, "/frobnicate")).isEqualTo("⛔ Unsupported command /frobnicate");
    assertThat(say(USER, "/start x__y")).isEqualTo("⛔ Unsupported subCommand x");
  }

  @Test
  void infoJoinLeaveDropAsInTheReferenceScenarios() {
    assertThat(say(USER, "/info")).contains("You don't have any channels at the moment");
    say(HOST, "/host k1te_chat_test");
    assertThat(say(HOST, "/info")).contains("You are a Host of the k1te_chat_test");
    assertThat(say(USER, "/join nonexistent")).isEqualTo("⛔ Channel not found");
    assertThat(say(USER, "/join k1te_chat_test")).isEqualTo("✅ You joined channel k1te_chat_test");
    TelegramStub.Call notice = kite.telegram.callsTo(HOST).get(0);
    assertThat(notice.text())
        .isEqualTo(
            "#tg_"
                + Long.toString(USER, 36)
                + " User"
                + USER
                + "\n✅ User"
                + USER
                + " joined channel k1te_chat_test");
    assertThat(say(USER, "/join k1te_chat_test")).isEqualTo("✅ You joined channel k1te_chat_test");
    assertThat(say(USER, "/info")).contains("You are a Member of the k1te_chat_test");
    assertThat(say(USER, "/drop")).isEqualTo("⛔ Only host member can drop its channel");
    assertThat(say(HOST, "/leave"))
        .isEqualTo("⛔ Host member cannot leave channel. You can only drop it");
    assertThat(say(USER, "/leave")).isEqualTo("✅ You left channel k1te_chat_test");
    assertThat(say(USER, "/leave")).isEqualTo("⛔ You are not a member of any channel");
    assertThat(say(HOST, "/drop")).isEqualTo("✅ You dropped channel k1te_chat_test");
    assertThat(say(HOST, "/drop")).isEqualTo("⛔ You don't host any channels to drop");
    assertThat(say(OTHER_HOST, "/host k1te_chat_test"))
        .as("the name is free again")
        .startsWith("✅ Created");
  }

  @Test
  void deepLinksHostAndJoin() {
    assertThat(say(HOST, "/start host__deep-link-chan"))
        .startsWith("✅ Created channel deep-link-chan");
    assertThat(say(USER, "/start join__deep-link-chan"))
        .isEqualTo("✅ You joined channel deep-link-chan");
    assertThat(say(USER2, "/start deep-link-chan"))
        .isEqualTo("✅ You joined channel deep-link-chan");
  }

  @Test
  void telegramMemberAndHostTalkBothWaysWithPins() {
    say(HOST, "/host tg-to-tg-chan");
    say(USER, "/join tg-to-tg-chan");
    kite.telegram.clear();
    assertThat(say(USER, "hello host")).isEmpty();
    TelegramStub.Call toHost = kite.telegram.calls("sendMessage").get(0);
    assertThat(toHost.chatId()).isEqualTo(HOST);
    assertThat(toHost.text())
        .isEqualTo("#tg_" + Long.toString(USER, 36) + " User" + USER + "\nhello host");
    assertThat(kite.telegram.calls("pinChatMessage").get(0).chatId()).isEqualTo(HOST);

    kite.telegram.clear();
    say(HOST, "hello member");
    TelegramStub.Call toMember = kite.telegram.calls("sendMessage").get(0);
    assertThat(toMember.chatId()).isEqualTo(USER);
    assertThat(toMember.text()).isEqualTo("hello member");
    assertThat(kite.telegram.calls("unpinChatMessage").get(0).chatId()).isEqualTo(HOST);
    assertThat(kite.telegram.calls("pinChatMessage").get(0).chatId())
        .as("host's message pinned at the member")
        .isEqualTo(USER);

    kite.telegram.clear();
    Map<String, Object> document = Updates.base(USER, "User", USER);
    document.put(
        "document",
        Map.of(
            "file_id",
            "member-doc",
            "file_name",
            "a.zip",
            "mime_type",
            "application/zip",
            "file_size",
            10));
    kite.webhook(Updates.update(document));
    TelegramStub.Call resent = kite.telegram.calls("sendDocument").get(0);
    assertThat(resent.chatId()).isEqualTo(HOST);
    assertThat(resent.params().string("document")).contains("member-doc");
    assertThat(resent.params().string("caption"))
        .contains("#tg_" + Long.toString(USER, 36) + " User" + USER);
  }

  /** What the widget does: asks its own socket for the link; returns the start parameter. */
  private String linkOf(String connectionId) {
    List<Object> link = kite.send(connectionId, "[\"LINK\"]");
    assertThat(link.get(0)).isEqualTo("LINK");
    String url = (String) link.get(1);
    assertThat(url).startsWith("https://t.me/" + TelegramStub.BOT_USERNAME + "?start=join__");
    return url.substring(url.indexOf("?start=") + "?start=".length());
  }

  @Test
  void switchFromWebToTelegramReplaysTheLastTenMessages() {
    say(HOST, "/host switch-channel");
    kite.connect("c-sw", Map.of("c", "switch-channel"));
    kite.send("c-sw", "[\"JOIN\",\"WebSwitch1\",\"Wes\",\"switch-channel\"]");
    for (int i = 1; i <= 6; i++) {
      kite.send("c-sw", "[\"TXT\",\"w-" + i + "\",\"visitor " + i + "\",\"2026-11-28T09:40:00Z\"]");
      say(HOST, "host " + i);
    }
    String start = linkOf("c-sw");
    assertThat(start).startsWith("join__switch-channel__").doesNotContain("WebSwitch1");
    assertThat(start.length()).isLessThanOrEqualTo(64);
    kite.telegram.clear();
    assertThat(say(USER, "/start " + start)).isEqualTo("✅ You switched to Telegram");
    assertThat(kite.telegram.callsTo(HOST).get(0).text())
        .isEqualTo("#WebSwitch1 Wes\n✅ Wes switched to Telegram");
    List<String> replayed =
        kite.telegram.callsTo(USER).stream().map(TelegramStub.Call::text).toList();
    assertThat(replayed).hasSize(10);
    assertThat(replayed.get(0)).isEqualTo("visitor 2");
    assertThat(replayed.get(1)).isEqualTo("#Host\nhost 2");
    assertThat(replayed.get(9)).isEqualTo("#Host\nhost 6");

    kite.telegram.clear();
    say(HOST, "now on telegram");
    assertThat(kite.telegram.callsTo(USER).get(0).text()).isEqualTo("now on telegram");
    assertThat(say(USER2, "/start " + start))
        .as("a link is used once")
        .isEqualTo(
            "⛔ This link has expired or was used already: ask the chat widget for a new one");
  }

  @Test
  void aDeepLinkNamingAMemberIdMovesNobody() {
    say(HOST, "/host named-link-chan");
    kite.connect("c-nl", Map.of("c", "named-link-chan"));
    kite.send("c-nl", "[\"JOIN\",\"WebNamed01\",\"Nat\",\"named-link-chan\"]");
    kite.telegram.clear();
    assertThat(say(USER2, "/start join__named-link-chan__WebNamed01"))
        .isEqualTo("⛔ This link does not come from the chat widget: use its Telegram button");
    assertThat(kite.telegram.callsTo(HOST)).isEmpty();
    assertThat(say(USER2, "/info")).contains("You don't have any channels");
  }

  @Test
  void theHostCannotBeTakenOverThroughADeepLink() {
    String hostId = Long.toUnsignedString(HOST, 36);
    say(HOST, "/host takeover-chan");
    assertThat(say(USER2, "/start join__takeover-chan__" + hostId)).startsWith("⛔ ");
    assertThat(say(USER2, "/info")).contains("You don't have any channels");
    assertThat(say(HOST, "/info")).contains("You are a Host of the takeover-chan");

    // a valid token of the attacker's own web session, redeemed in the host's group
    kite.connect("c-tk", Map.of("c", "takeover-chan"));
    kite.send("c-tk", "[\"JOIN\",\"Attacker01\",\"Mal\",\"takeover-chan\"]");
    assertThat(say(HOST, "/start " + linkOf("c-tk")))
        .isEqualTo("⛔ This chat hosts a channel and cannot become a member");
    assertThat(say(HOST, "/info")).contains("You are a Host of the takeover-chan");

    kite.telegram.clear();
    kite.connect("c-vi", Map.of("c", "takeover-chan"));
    kite.send("c-vi", "[\"JOIN\",\"Visitor001\",\"Vic\",\"takeover-chan\"]");
    kite.send("c-vi", "[\"TXT\",\"v-1\",\"for the operators\",\"2026-11-28T09:40:00Z\"]");
    assertThat(kite.telegram.calls("sendMessage"))
        .filteredOn(c -> c.text().contains("for the operators"))
        .extracting(TelegramStub.Call::chatId)
        .containsExactly(HOST);
  }

  @Test
  void botRemovedFromTheHostGroupDropsTheChannel() {
    say(HOST, "/host removal-channel");
    say(USER, "/join removal-channel");
    JsonObject added =
        KiteHarness.body(kite.webhook(Updates.myChatMember(OTHER_HOST, "left", "member")));
    assertThat(added.string("text"))
        .contains("✅ You successfully added @" + TelegramStub.BOT_USERNAME);
    kite.webhook(Updates.myChatMember(HOST, "administrator", "kicked"));
    assertThat(say(USER, "/info")).contains("You don't have any channels at the moment");
    assertThat(say(OTHER_HOST, "/host removal-channel"))
        .startsWith("✅ Created channel removal-channel");
    kite.webhook(Updates.myChatMember(OTHER_HOST, "member", "left"));
    assertThat(say(HOST, "/host removal-channel")).startsWith("✅ Created channel removal-channel");
  }

  @Test
  void leavingClearsTheHostsPeerAndThePin() {
    say(HOST, "/host leaving-channel");
    say(USER, "/join leaving-channel");
    say(USER, "question");
    kite.telegram.clear();
    say(USER, "/leave");
    assertThat(kite.telegram.calls("unpinChatMessage")).hasSize(1);
    assertThat(say(HOST, "anyone?")).isEqualTo("⛔ Cannot dispatch request, no route found");
    assertThat(say(USER, "/info")).contains("You don't have any channels");
  }

  @Test
  void aChatIsEitherAHostOrAMember() {
    say(HOST, "/host first-channel");
    say(OTHER_HOST, "/host second-channel");
    assertThat(say(USER, "/join first-channel")).isEqualTo("✅ You joined channel first-channel");
    assertThat(say(USER, "/join second-channel"))
        .isEqualTo("⛔ You are already a member of channel first-channel. Use /leave first");
    assertThat(say(USER, "/host users-channel"))
        .isEqualTo("⛔ This chat is a member of channel first-channel. Use /leave first");
    assertThat(say(HOST, "/join second-channel"))
        .isEqualTo("⛔ This chat hosts channel first-channel and cannot join another");
    assertThat(say(HOST, "/join first-channel"))
        .isEqualTo("⛔ You are the host of channel first-channel");
    kite.telegram.clear();
    say(USER, "still routed to the first host");
    assertThat(kite.telegram.calls("sendMessage").get(0).chatId()).isEqualTo(HOST);
  }
}
