package chat.k1te.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import chat.k1te.e2e.files.SampleFile;
import chat.k1te.e2e.files.SampleFiles;
import chat.k1te.e2e.support.E2eTest;
import chat.k1te.e2e.support.Kite;
import chat.k1te.e2e.support.Suites;
import chat.k1te.e2e.telegram.TelegramChat;
import chat.k1te.e2e.telegram.TgMessage;
import chat.k1te.e2e.widget.KiteWidget;
import chat.k1te.e2e.widget.WidgetMessage;
import com.microsoft.playwright.APIResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A visitor comes back (same browser) or moves to Telegram, and gets what was said meanwhile. */
@E2eTest
@Tag(Suites.RECONNECT)
class ReconnectTest {

  @Test
  void visitorWhoComesBackGetsTheAnswersSentWhileAway(Kite kite) {
    Kite.Hosted hosted = kite.hostChannel();
    TelegramChat host = hosted.chat();
    KiteWidget visitor = kite.openWidget(hosted.channel());
    kite.visitorSays(visitor, host, "I will be right back");
    String memberId = visitor.memberId();

    visitor.leave();
    String whileAway = "Answer while you were away " + Kite.random(6);
    host.sendText(whileAway);

    KiteWidget back = kite.reopen(visitor);
    assertThat(back.status()).hasText("online");
    assertThat(back.incomingWithText(whileAway).root()).isVisible();
    org.assertj.core.api.Assertions.assertThat(back.memberId()).isEqualTo(memberId);
  }

  @Test
  void visitorWhoComesBackGetsAFileSentWhileAway(Kite kite) {
    Kite.Hosted hosted = kite.hostChannel();
    TelegramChat host = hosted.chat();
    KiteWidget visitor = kite.openWidget(hosted.channel());
    TgMessage request = kite.visitorSays(visitor, host, "send me the manual, I'll be back");

    visitor.leave();
    SampleFile manual = SampleFiles.pdf("manual-" + Kite.random(4) + ".pdf");
    host.replyWithFile(request, manual, "the manual");

    KiteWidget back = kite.reopen(visitor);
    WidgetMessage file = back.incomingWithFile(manual.name());
    assertThat(file.file()).isVisible();
    APIResponse download = back.page().request().get(file.file().getAttribute("href"));
    org.assertj.core.api.Assertions.assertThat(download.body()).isEqualTo(manual.bytes());
  }

  @Test
  void visitorWhoReloadsKeepsTalkingAsTheSameMember(Kite kite) {
    Kite.Hosted hosted = kite.hostChannel();
    TelegramChat host = hosted.chat();
    KiteWidget visitor = kite.openWidget(hosted.channel());
    kite.visitorSays(visitor, host, "before reload");
    String tag = "#" + visitor.memberId();

    visitor.reload();
    assertThat(visitor.status()).hasText("online");
    TgMessage after = kite.visitorSays(visitor, host, "after reload");
    org.assertj.core.api.Assertions.assertThat(after.text()).startsWith(tag);
    String answer = "Got both " + Kite.random(6);
    host.sendText(answer);
    assertThat(visitor.incomingWithText(answer).root()).isVisible();
  }

  @Test
  void visitorSwitchesToTelegramAndGetsTheRecentHistoryThere(Kite kite) {
    Kite.Hosted hosted = kite.hostChannel();
    TelegramChat host = hosted.chat();
    KiteWidget visitor = kite.openWidget(hosted.channel());
    String question = "Can we continue in Telegram " + Kite.random(6);
    kite.visitorSays(visitor, host, question);
    String answer = "Sure " + Kite.random(6);
    host.sendText(answer);
    assertThat(visitor.incomingWithText(answer).root()).isVisible();

    TelegramChat telegram = kite.memberChat();
    kite.afterwards(telegram, "/leave");
    telegram.awaitBotReply(
        telegram.sendCommand("/start", visitor.telegramStartParameter()),
        "You switched to Telegram");

    host.awaitBotMessage("switched to Telegram");
    // the replay: the host's answer marked #Host, the visitor's own question as it was
    telegram.awaitMessage(
        "replaying the host's answer marked #Host",
        m -> m.fromBot() && m.text().startsWith("#Host") && m.contains(answer));
    telegram.awaitBotMessage(question);

    String inTelegram = "Now in Telegram " + Kite.random(6);
    host.sendText(inTelegram);
    telegram.awaitBotMessage(inTelegram);
  }

  @Test
  void switchToTelegramReplaysOnlyTheTenMostRecentMessages(Kite kite) {
    Kite.Hosted hosted = kite.hostChannel();
    KiteWidget visitor = kite.openWidget(hosted.channel());
    String run = Kite.random(6);
    List<String> said = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      String text = String.format("history %02d %s", i, run);
      kite.visitorSays(visitor, hosted.chat(), text);
      said.add(text);
    }

    TelegramChat telegram = kite.memberChat();
    kite.afterwards(telegram, "/leave");
    telegram.awaitBotReply(
        telegram.sendCommand("/start", visitor.telegramStartParameter()),
        "You switched to Telegram");

    said.subList(2, 12).forEach(telegram::awaitBotMessage);
    org.assertj.core.api.Assertions.assertThat(telegram.messages())
        .noneMatch(m -> m.contains(said.get(0)) || m.contains(said.get(1)));
  }
}
