package chat.k1te.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import chat.k1te.e2e.files.SampleFile;
import chat.k1te.e2e.files.SampleFiles;
import chat.k1te.e2e.support.E2eTest;
import chat.k1te.e2e.support.Kite;
import chat.k1te.e2e.support.Suites;
import chat.k1te.e2e.telegram.TelegramChat;
import chat.k1te.e2e.telegram.TgMessage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A member who joined from another Telegram chat talks with the host, both ways. */
@E2eTest
@Tag(Suites.TELEGRAM_MEMBER)
class TelegramMemberTest {

  @Test
  void memberAndHostExchangeTexts(Kite kite) {
    Kite.Hosted hosted = kite.hostChannel();
    TelegramChat host = hosted.chat();
    TelegramChat member = kite.join(kite.memberChat(), hosted.channel());
    host.awaitBotMessage(member.userName() + " joined channel " + hosted.channel());

    String question = "Question from Telegram " + Kite.random(6);
    member.sendText(question);
    TgMessage relayed = host.awaitBotMessage(question);
    assertThat(relayed.text()).startsWith("#").contains(member.userName());

    String answer = "Answer to Telegram " + Kite.random(6);
    host.replyTo(relayed, answer);
    TgMessage delivered = member.awaitBotMessage(answer);
    assertThat(delivered.text()).isEqualTo(answer);
  }

  @Test
  void memberAndHostExchangeFiles(Kite kite) {
    Kite.Hosted hosted = kite.hostChannel();
    TelegramChat host = hosted.chat();
    TelegramChat member = kite.join(kite.memberChat(), hosted.channel());
    SampleFile pdf = SampleFiles.pdf("invoice.pdf");
    SampleFile png = SampleFiles.png("answer.png");

    member.sendFile(pdf, "my invoice");
    TgMessage relayed =
        host.awaitMessage(
            "from the bot with " + pdf.name(),
            m -> m.fromBot() && m.fileName().filter(pdf.name()::equals).isPresent());

    host.replyWithFile(relayed, png, "see the picture");
    TgMessage delivered =
        member.awaitMessage(
            "from the bot with a picture",
            m -> m.fromBot() && m.mimeType().filter(t -> t.startsWith("image/")).isPresent());
    assertThat(delivered.hasFile()).isTrue();
  }
}
