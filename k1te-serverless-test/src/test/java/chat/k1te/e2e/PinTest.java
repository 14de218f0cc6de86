package chat.k1te.e2e;

import chat.k1te.e2e.support.E2eTest;
import chat.k1te.e2e.support.Kite;
import chat.k1te.e2e.support.Suites;
import chat.k1te.e2e.telegram.TelegramChat;
import chat.k1te.e2e.telegram.TgMessage;
import chat.k1te.e2e.widget.KiteWidget;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The first unanswered message is pinned in the recipient's chat until it is answered. */
@E2eTest
@Tag(Suites.PINS)
class PinTest {

  @Test
  void visitorsUnansweredMessageIsPinnedUntilTheHostAnswers(Kite kite) {
    Kite.Hosted hosted = kite.hostChannel();
    TelegramChat host = hosted.chat();
    KiteWidget visitor = kite.openWidget(hosted.channel());

    TgMessage unanswered = kite.visitorSays(visitor, host, "nobody answered me yet");
    host.awaitPinned(unanswered, true);

    host.replyTo(unanswered, "Sorry for the wait");
    host.awaitPinned(unanswered, false);
  }

  @Test
  void membersUnansweredMessageIsPinnedUntilTheHostAnswers(Kite kite) {
    Kite.Hosted hosted = kite.hostChannel();
    TelegramChat host = hosted.chat();
    TelegramChat member = kite.join(kite.memberChat(), hosted.channel());

    member.sendText("a member waits " + Kite.random(4));
    TgMessage unanswered = host.awaitBotMessage("a member waits");
    host.awaitPinned(unanswered, true);

    host.replyTo(unanswered, "Here I am");
    host.awaitPinned(unanswered, false);
  }

  @Test
  void hostsUnansweredMessageIsPinnedInTheMembersChatUntilTheMemberAnswers(Kite kite) {
    Kite.Hosted hosted = kite.hostChannel();
    TelegramChat host = hosted.chat();
    TelegramChat member = kite.join(kite.memberChat(), hosted.channel());
    member.sendText("hello host");
    TgMessage hello = host.awaitBotMessage("hello host");

    String answer = "Hello member, anything else? " + Kite.random(4);
    host.replyTo(hello, answer);
    TgMessage fromHost = member.awaitBotMessage(answer);
    member.awaitPinned(fromHost, true);

    member.sendText("no, thanks");
    member.awaitPinned(fromHost, false);
    host.awaitBotMessage("no, thanks");
  }
}
