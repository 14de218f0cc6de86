package chat.k1te.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import chat.k1te.e2e.files.SampleFile;
import chat.k1te.e2e.files.SampleFiles;
import chat.k1te.e2e.support.E2eTest;
import chat.k1te.e2e.support.Kite;
import chat.k1te.e2e.support.ServedWidgetPage;
import chat.k1te.e2e.support.Suites;
import chat.k1te.e2e.telegram.TelegramChat;
import chat.k1te.e2e.telegram.TgMessage;
import chat.k1te.e2e.telegram.standin.StandInChat;
import chat.k1te.e2e.widget.KiteWidget;
import java.net.URI;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The dev run's own widget page (served on 127.0.0.1 when no page is hosted for the stage), here
 * pointed at the local runtime's WebSocket URL: the visitor's side of a dev run, with the Telegram
 * stand-in in place of Telegram.
 */
@E2eTest
@ServedWidgetPage
@Tag(Suites.LOCAL_ONLY)
@Tag(Suites.SERVED_PAGE)
class ServedWidgetPageTest {

  @Test
  void theServedPagesWidgetConnectsToTheStageNotToThePagesOrigin(Kite kite) {
    KiteWidget visitor = kite.openWidget(kite.hostChannel().channel());

    URI page = URI.create(visitor.page().url());
    URI endpoint = URI.create(visitor.endpoint());
    org.assertj.core.api.Assertions.assertThat(page.getHost()).isEqualTo("127.0.0.1");
    org.assertj.core.api.Assertions.assertThat(endpoint.toString())
        .matches("ws://127\\.0\\.0\\.1:[0-9]+/local");
    // a page server of its own, not the runtime's demo page
    org.assertj.core.api.Assertions.assertThat(page.getPort()).isNotEqualTo(endpoint.getPort());
  }

  @Test
  void visitorAndOperatorExchangeTextsThroughTheServedPage(Kite kite) {
    Kite.Hosted hosted = kite.hostChannel();
    TelegramChat host = hosted.chat();
    KiteWidget visitor = kite.openWidget(hosted.channel());
    String question = "Hello from the served page " + Kite.random(8);

    TgMessage received = kite.visitorSays(visitor, host, question);
    org.assertj.core.api.Assertions.assertThat(received.text())
        .startsWith("#" + visitor.memberId());

    String answer = "Answer through the stage " + Kite.random(8);
    host.replyTo(received, answer);
    assertThat(visitor.incomingWithText(answer).root()).isVisible();
  }

  @Test
  void aFileFromTheServedPageReachesTheOperatorByteForByte(Kite kite) {
    Kite.Hosted hosted = kite.hostChannel();
    KiteWidget visitor = kite.openWidget(hosted.channel());
    kite.visitorSays(visitor, hosted.chat(), "a document follows");
    SampleFile file = SampleFiles.pdf("from-served-page.pdf");

    // the upload is a cross-origin PUT from the served page to the presigned storage URL
    visitor.attachFile(file.toPayload());

    TgMessage document =
        hosted
            .chat()
            .awaitMessage(
                "from the bot with " + file,
                m -> m.fromBot() && m.fileName().filter(file.name()::equals).isPresent());
    assertThat(visitor.lastOutgoing().root()).hasAttribute("data-status", "delivered");
    org.assertj.core.api.Assertions.assertThat(((StandInChat) hosted.chat()).download(document))
        .isEqualTo(file.bytes());
  }
}
