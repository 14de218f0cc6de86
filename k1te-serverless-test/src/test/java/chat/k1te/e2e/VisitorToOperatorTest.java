package chat.k1te.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import chat.k1te.e2e.files.SampleFile;
import chat.k1te.e2e.files.SampleFiles;
import chat.k1te.e2e.support.E2eTest;
import chat.k1te.e2e.support.Kite;
import chat.k1te.e2e.support.Suites;
import chat.k1te.e2e.telegram.TelegramChat;
import chat.k1te.e2e.telegram.TgMessage;
import chat.k1te.e2e.telegram.standin.StandInChat;
import chat.k1te.e2e.widget.KiteWidget;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A visitor writes in the widget; the host group in Telegram receives it, or the widget says why
 * not.
 */
@E2eTest
@Tag(Suites.VISITOR_TO_OPERATOR)
class VisitorToOperatorTest {

  @Test
  void textReachesTheHostWithTheVisitorsHashtag(Kite kite) {
    Kite.Hosted hosted = kite.hostChannel();
    KiteWidget visitor = kite.openWidget(hosted.channel());
    String text = "Hello operator " + Kite.random(8);

    TgMessage received = kite.visitorSays(visitor, hosted.chat(), text);
    assertThat(received.text()).startsWith("#" + visitor.memberId());
    assertThat(visitor.lastOutgoing().text()).hasText(text);
    assertThat(visitor.lastOutgoing().root()).hasAttribute("data-status", "delivered");
  }

  @Test
  void textOver4096BytesIsRefusedWithTheSizes(Kite kite) {
    Kite.Hosted hosted = kite.hostChannel();
    KiteWidget visitor = kite.openWidget(hosted.channel());
    // 2049 two-byte characters: 4098 bytes of UTF-8, though only 2049 characters
    String text = "é".repeat(2049);

    visitor.sendText(text);

    // sizes in KB, the actual one rounded up so it never reads as equal to the limit
    assertThat(visitor.error())
        .containsText(
            "The provided content is too large. Allowed max size: 4KB but actual size: 5KB");
    assertThat(hosted.chat().messages()).noneMatch(m -> m.contains("éééé"));
  }

  static Stream<Arguments> allowedFiles() {
    return Stream.of(
        Arguments.of(SampleFiles.pdf("sample.pdf")),
        Arguments.of(SampleFiles.zip("sample.zip")),
        Arguments.of(SampleFiles.jpeg("sample.jpg")),
        Arguments.of(SampleFiles.png("sample.png")),
        Arguments.of(SampleFiles.gif("sample.gif")),
        Arguments.of(SampleFiles.webp("sample.webp")),
        Arguments.of(SampleFiles.mp4("sample.mp4")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("allowedFiles")
  void fileOfEachAllowedTypeReachesTheHost(SampleFile file, Kite kite) {
    Kite.Hosted hosted = kite.hostChannel();
    KiteWidget visitor = kite.openWidget(hosted.channel());
    kite.visitorSays(visitor, hosted.chat(), "here comes " + file.name());

    visitor.attachFile(file.toPayload());

    // Telegram shows jpeg and png as photos; every other type arrives as a named document
    boolean photo = file.mimeType().equals("image/jpeg") || file.mimeType().equals("image/png");
    TgMessage received =
        hosted
            .chat()
            .awaitMessage(
                "from the bot with " + file,
                m ->
                    m.fromBot()
                        && (photo
                            ? m.photo()
                            : m.fileName().filter(file.name()::equals).isPresent()
                                && m.mimeType().filter(file.mimeType()::equals).isPresent()));
    assertThat(visitor.lastOutgoing().file()).hasText(file.name());
    assertThat(visitor.lastOutgoing().root()).hasAttribute("data-status", "delivered");
    if (hosted.chat() instanceof StandInChat standIn) {
      assertThat(standIn.download(received)).isEqualTo(file.bytes());
    }
    assertThat(visitor.error()).isHidden();
  }

  static Stream<Arguments> oversizedFiles() {
    return Stream.of(
        Arguments.of(SampleFiles.jpeg("x"), "big.jpg", 5120),
        Arguments.of(SampleFiles.png("x"), "big.png", 5120),
        Arguments.of(SampleFiles.pdf("x"), "big.pdf", 20480),
        Arguments.of(SampleFiles.zip("x"), "big.zip", 20480),
        Arguments.of(SampleFiles.gif("x"), "big.gif", 20480),
        Arguments.of(SampleFiles.webp("x"), "big.webp", 20480),
        Arguments.of(SampleFiles.mp4("x"), "big.mp4", 20480));
  }

  @ParameterizedTest(name = "{1} over {2} KB")
  @MethodSource("oversizedFiles")
  void fileOverItsLimitIsRefusedWithTheSizes(
      SampleFile sample, String name, int limitKb, Kite kite, @TempDir Path dir) {
    Kite.Hosted hosted = kite.hostChannel();
    KiteWidget visitor = kite.openWidget(hosted.channel());
    kite.visitorSays(visitor, hosted.chat(), "joining to send " + name);
    Path file = SampleFiles.oversized(dir, sample, name, limitKb * 1024L + 1);

    visitor.attachFile(file);

    assertThat(visitor.error())
        .containsText(
            "The provided content is too large. Allowed max size: "
                + limitKb
                + "KB but actual size: "
                + (limitKb + 1)
                + "KB");
    assertThat(hosted.chat().messages()).noneMatch(TgMessage::hasFile);
  }

  @Test
  void unsupportedTypeIsRefusedNamingTheType(Kite kite) {
    Kite.Hosted hosted = kite.hostChannel();
    TelegramChat host = hosted.chat();
    KiteWidget visitor = kite.openWidget(hosted.channel());
    kite.visitorSays(visitor, host, "a text file follows");

    visitor.attachFile(SampleFiles.text("notes.txt").toPayload());

    assertThat(visitor.error()).containsText("Unsupported Media type text/plain");
    assertThat(host.messages()).noneMatch(TgMessage::hasFile);
  }
}
