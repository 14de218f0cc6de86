package chat.k1te.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import chat.k1te.e2e.support.E2eTest;
import chat.k1te.e2e.support.Kite;
import chat.k1te.e2e.support.Suites;
import chat.k1te.e2e.telegram.TgMessage;
import chat.k1te.e2e.telegram.standin.StandInChat;
import chat.k1te.e2e.widget.KiteWidget;
import chat.k1te.e2e.widget.WidgetMessage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** An operator edits or withdraws an answer; the visitor's widget follows. */
@E2eTest
@Tag(Suites.OPERATOR_TO_VISITOR)
@Tag(Suites.LOCAL_ONLY)
class CorrectionsTest {

  @Test
  void anEditedAnswerIsUpdatedAndADeletedOneWithdrawnInTheWidget(Kite kite) {
    Kite.Hosted hosted = kite.hostChannel();
    StandInChat host = (StandInChat) hosted.chat();
    KiteWidget visitor = kite.openWidget(hosted.channel());
    kite.visitorSays(visitor, host, "is it open today?");

    String first = "We are closed " + Kite.random(6);
    TgMessage answer = host.sendText(first);
    assertThat(visitor.incomingWithText(first).root()).isVisible();
    WidgetMessage shown = visitor.lastIncoming();

    String corrected = "We are open until 18:00 " + Kite.random(6);
    host.edit(answer, corrected);
    assertThat(shown.text()).hasText(corrected);
    assertThat(shown.edited()).hasText("edited");
    assertThat(visitor.incoming()).hasCount(1);

    TgMessage command = host.replyTo(answer, "/delete");
    host.awaitBotReply(command, "Withdrawn from");
    assertThat(shown.text()).hasText("This message was deleted");
    assertThat(shown.root()).hasAttribute("data-withdrawn", "true");

    visitor.reload().awaitOnline();
    kite.visitorSays(visitor, host, "thanks");
    // the withdrawn message is not replayed
    assertThat(visitor.incomingWithText(corrected).root()).hasCount(0);
    assertThat(visitor.incoming()).hasCount(0);
  }
}
