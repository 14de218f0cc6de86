package chat.k1te.e2e;

import chat.k1te.e2e.support.E2eTest;
import chat.k1te.e2e.support.Kite;
import chat.k1te.e2e.support.Suites;
import chat.k1te.e2e.telegram.TelegramChat;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Dev only: the stored Telegram Web session is logged in and both configured groups exist with the
 * bot answering in them, so an expired session or a missing group fails here, by name.
 */
@E2eTest
@Tag(Suites.DEV_ONLY)
@Order(0)
class TelegramWebSessionTest {

  @Test
  void storedSessionOpensBothGroupsWhereTheBotAnswers(Kite kite) {
    for (TelegramChat chat : new TelegramChat[] {kite.hostChat(), kite.memberChat()}) {
      chat.awaitBotReply(chat.sendCommand("/help"), "/host");
    }
  }
}
