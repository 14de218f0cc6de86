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
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The host answers from Telegram; the right visitor's widget shows it. */
@E2eTest
@Tag(Suites.OPERATOR_TO_VISITOR)
class OperatorToVisitorTest {

  @Test
  void unaddressedAnswerGoesToTheVisitorWhoSpokeLast(Kite kite) {
    Kite.Hosted hosted = kite.hostChannel();
    KiteWidget visitor = kite.openWidget(hosted.channel());
    kite.visitorSays(visitor, hosted.chat(), "anyone there?");

    String answer = "Yes, how can I help? " + Kite.random(6);
    hosted.chat().sendText(answer);

    assertThat(visitor.lastIncoming().text()).hasText(answer);
  }

  @Test
  void replyGoesToTheAuthorOfTheRepliedMessageNotToTheLastSpeaker(Kite kite) {
    Kite.Hosted hosted = kite.hostChannel();
    TelegramChat host = hosted.chat();
    KiteWidget first = kite.openWidget(hosted.channel());
    KiteWidget second = kite.openWidget(hosted.channel());
    TgMessage firstQuestion = kite.visitorSays(first, host, "question from the first visitor");
    kite.visitorSays(second, host, "question from the second visitor");

    String answer = "Answer for the first " + Kite.random(6);
    host.replyTo(firstQuestion, answer);

    assertThat(first.incomingWithText(answer).root()).isVisible();
    kite.visitorSays(second, host, "still waiting");
    assertThat(second.incomingWithText(answer).root()).hasCount(0);
  }

  @Test
  void replyToAnyMessageBearingTheVisitorsHashtagReachesThatVisitor(Kite kite) {
    Kite.Hosted hosted = kite.hostChannel();
    TelegramChat host = hosted.chat();
    KiteWidget first = kite.openWidget(hosted.channel());
    KiteWidget second = kite.openWidget(hosted.channel());
    kite.visitorSays(first, host, "hello from the first");
    String firstTag = "#" + first.memberId();
    TgMessage joinNotice =
        host.awaitMessage(
            "announcing that " + firstTag + " joined",
            m -> m.fromBot() && m.contains(firstTag) && m.contains("joined channel"));
    kite.visitorSays(second, host, "hello from the second");

    String answer = "Welcome, first visitor " + Kite.random(6);
    host.replyTo(joinNotice, answer);

    assertThat(first.incomingWithText(answer).root()).isVisible();
  }

  static Stream<Arguments> files() {
    return Stream.of(
        Arguments.of(SampleFiles.pdf("manual.pdf")),
        Arguments.of(SampleFiles.zip("logs.zip")),
        Arguments.of(SampleFiles.jpeg("photo.jpg")),
        Arguments.of(SampleFiles.png("screen.png")),
        Arguments.of(SampleFiles.gif("anim.gif")),
        Arguments.of(SampleFiles.webp("sticker.webp")),
        Arguments.of(SampleFiles.mp4("clip.mp4")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void fileFromTheHostReachesTheVisitor(SampleFile file, Kite kite) {
    Kite.Hosted hosted = kite.hostChannel();
    KiteWidget visitor = kite.openWidget(hosted.channel());
    TgMessage request = kite.visitorSays(visitor, hosted.chat(), "please send " + file.name());

    hosted.chat().replyWithFile(request, file, file.name());

    WidgetMessage received = visitor.lastIncoming();
    assertThat(received.file()).hasAttribute("href", Pattern.compile("^https?://"));
    boolean photo = file.mimeType().equals("image/jpeg") || file.mimeType().equals("image/png");
    if (file.mimeType().startsWith("image/")) {
      assertThat(received.image()).isVisible();
    }
    if (!photo) {
      // a document keeps its name and its bytes all the way (Telegram re-encodes photos)
      assertThat(received.file()).hasText(file.name());
      APIResponse download = visitor.page().request().get(received.file().getAttribute("href"));
      org.assertj.core.api.Assertions.assertThat(download.status()).isEqualTo(200);
      org.assertj.core.api.Assertions.assertThat(download.body()).isEqualTo(file.bytes());
    }
  }
}
