package chat.k1te.serverless.it;

import static org.assertj.core.api.Assertions.assertThat;

import chat.k1te.contracts.tables.KiteTables;
import chat.k1te.serverless.json.Json;
import chat.k1te.serverless.json.JsonObject;
import chat.k1te.serverless.support.KiteHarness;
import chat.k1te.serverless.support.TestEngines;
import chat.k1te.serverless.support.Updates;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Senders retry: Telegram redelivers an update until the webhook answers 2xx, a widget resends a
 * message that was answered with an error. Each operation either completes or fails before any
 * visible side effect, and a retry of one that went out repeats nothing.
 */
class RedeliveryTest {
  static final long HOST = -1009200000001L;
  static final String CHANNEL = "redelivery";
  KiteHarness kite;

  @BeforeEach
  void setUp() {
    kite = new KiteHarness();
    kite.webhook(Updates.update(Updates.text(HOST, "Support", 7, "/host " + CHANNEL)));
    kite.connect("rd-1", Map.of("c", CHANNEL));
    assertThat(kite.send("rd-1", "[\"JOIN\",\"Visitor1\",\"Ann\",\"" + CHANNEL + "\"]"))
        .containsExactly("OK");
    assertThat(kite.send("rd-1", "[\"TXT\",\"v-0\",\"hello\",\"2026-12-04T10:00:00Z\"]").get(0))
        .isEqualTo("ACK");
    kite.telegram.clear();
    kite.management.clear();
  }

  @AfterEach
  void tearDown() {
    kite.close();
  }

  /** Drops the history table: every later history write fails (a fault after a delivery). */
  private void breakHistory() {
    TestEngines.dynamo().deleteTable(b -> b.tableName(KiteTables.MESSAGES.tableName(kite.stage)));
  }

  @Test
  void aRedeliveredUpdateIsAnsweredAgainWithoutRepeatingItsEffects() {
    Map<String, Object> reply = Updates.update(Updates.text(HOST, "Support", 7, "once only"));
    assertThat(kite.webhook(reply).number("statusCode")).contains(200L);
    assertThat(kite.webhook(reply).number("statusCode")).contains(200L);
    assertThat(kite.management.framesTo("rd-1")).hasSize(1);

    Map<String, Object> command = Updates.update(Updates.text(HOST, "Support", 7, "/info"));
    JsonObject first = kite.webhook(command);
    JsonObject again = kite.webhook(command);
    assertThat(KiteHarness.body(first).string("method")).contains("sendMessage");
    assertThat(again.string("body"))
        .as("the first answer never reached Telegram: the redelivery gets it again")
        .isEqualTo(first.string("body"));
  }

  @Test
  void aFaultAfterTheReplyWentOutAnswers200AndTheRedeliveryRepeatsNothing() {
    kite.management.afterNextPush(this::breakHistory);
    Map<String, Object> reply = Updates.update(Updates.text(HOST, "Support", 7, "delivered"));
    assertThat(kite.webhook(reply).number("statusCode"))
        .as("the visitor has the reply: Telegram must not redeliver")
        .contains(200L);
    assertThat(kite.webhook(reply).number("statusCode")).contains(200L);
    assertThat(kite.management.framesTo("rd-1")).hasSize(1);
  }

  @Test
  void aFailureBeforeAnySideEffectAnswers5xxAndTheRedeliveryDeliversOnce() {
    kite.management.failNext(1, 403);
    Map<String, Object> reply = Updates.update(Updates.text(HOST, "Support", 7, "try again"));
    assertThat(kite.webhook(reply).number("statusCode")).contains(500L);
    assertThat(kite.management.framesTo("rd-1")).isEmpty();
    assertThat(kite.webhook(reply).number("statusCode")).contains(200L);
    assertThat(kite.webhook(reply).number("statusCode")).contains(200L);
    assertThat(kite.management.framesTo("rd-1")).hasSize(1);
  }

  @Test
  void aVisitorMessageFollowedByAFaultIsAcknowledgedAndItsResendIsNotSentAgain() {
    kite.telegram.afterNext("sendMessage", this::breakHistory);
    String frame = "[\"TXT\",\"v-1\",\"only once\",\"2026-12-04T10:00:01Z\"]";
    List<Object> ack = kite.send("rd-1", frame);
    assertThat(ack.get(0)).as("the operators have it: no error").isEqualTo("ACK");
    List<Object> again = kite.send("rd-1", frame);
    assertThat(again).isEqualTo(List.of("ACK", "v-1", ack.get(2), again.get(3)));
    assertThat(kite.telegram.calls("sendMessage")).hasSize(1);
  }

  @Test
  void aResentMessageIdIsAcknowledgedWithTheFirstDestination() {
    String frame = "[\"TXT\",\"v-2\",\"lost ack\",\"2026-12-04T10:00:02Z\"]";
    List<Object> ack = kite.send("rd-1", frame);
    List<Object> again = kite.send("rd-1", frame);
    assertThat(again.get(2)).isEqualTo(ack.get(2));
    assertThat(kite.telegram.calls("sendMessage")).hasSize(1);
    assertThat(
            Json.write(
                kite.send("rd-1", "[\"TXT\",\"v-3\",\"next\",\"2026-12-04T10:00:03Z\"]").get(0)))
        .isEqualTo("\"ACK\"");
    assertThat(kite.telegram.calls("sendMessage")).hasSize(2);
  }
}
