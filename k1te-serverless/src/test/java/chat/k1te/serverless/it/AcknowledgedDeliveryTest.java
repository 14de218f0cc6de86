package chat.k1te.serverless.it;

import static org.assertj.core.api.Assertions.assertThat;

import chat.k1te.serverless.json.Json;
import chat.k1te.serverless.support.KiteHarness;
import chat.k1te.serverless.support.Updates;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * At-least-once delivery to a widget that acknowledges ({@code JOIN} with feature "seen", then
 * {@code SEEN}): what it did not acknowledge is sent again on reconnect with the same id, so a
 * reply pushed into a half-open socket is not lost. A widget that does not acknowledge keeps the
 * first protocol revision's behaviour.
 */
class AcknowledgedDeliveryTest {
  static final long HOST = -1009300000001L;
  static final String CHANNEL = "acknowledged";
  KiteHarness kite;

  @BeforeEach
  void setUp() {
    kite = new KiteHarness();
    kite.webhook(Updates.update(Updates.text(HOST, "Support", 7, "/host " + CHANNEL)));
  }

  @AfterEach
  void tearDown() {
    kite.close();
  }

  private void join(String connection, String features) {
    kite.connect(connection, Map.of("c", CHANNEL));
    String extra = features == null ? "" : "," + features;
    assertThat(
            kite.send(
                connection, "[\"JOIN\",\"Visitor1\",\"Ann\",\"" + CHANNEL + "\"" + extra + "]"))
        .containsExactly("OK");
  }

  private void hostWrites(String text) {
    assertThat(
            kite.webhook(Updates.update(Updates.text(HOST, "Support", 7, text)))
                .number("statusCode"))
        .contains(200L);
  }

  private List<String> idsTo(String connection) {
    return kite.management.framesTo(connection).stream()
        .map(f -> (String) frame(f).get(1))
        .toList();
  }

  private static List<Object> frame(String json) {
    try {
      return Json.asList(Json.parse(json), "frame");
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void whatTheWidgetDidNotAcknowledgeIsSentAgainOnReconnectWithTheSameId() {
    join("ack-1", "[\"seen\",\"edit\"]");
    assertThat(kite.send("ack-1", "[\"TXT\",\"v-1\",\"hi\",\"2026-12-04T10:00:00Z\"]").get(0))
        .isEqualTo("ACK");
    hostWrites("first answer");
    List<String> pushed = idsTo("ack-1");
    assertThat(pushed).hasSize(1);
    assertThat(kite.message("ack-1", "[\"SEEN\",\"" + pushed.get(0) + "\"]").string("body"))
        .as("an acknowledgement is not answered")
        .isEmpty();

    hostWrites("into a half-open socket"); // pushed, never displayed, never acknowledged
    String lost = idsTo("ack-1").get(1);
    kite.management.clear();
    join("ack-2", "[\"seen\",\"edit\"]");
    List<String> replayed = idsTo("ack-2");
    assertThat(replayed)
        .as("from the last acknowledged message on; the widget drops the one it shows")
        .containsExactly(pushed.get(0), lost);

    kite.message("ack-2", "[\"SEEN\",\"" + lost + "\"]");
    kite.management.clear();
    join("ack-3", "[\"seen\",\"edit\"]");
    assertThat(idsTo("ack-3")).containsExactly(lost);
  }

  @Test
  void aWidgetWithoutAcknowledgementsKeepsTheFirstRevisionBehaviour() {
    join("old-1", null);
    kite.send("old-1", "[\"TXT\",\"v-1\",\"hi\",\"2026-12-04T10:00:00Z\"]");
    hostWrites("pushed once");
    assertThat(idsTo("old-1")).hasSize(1);
    kite.management.clear();
    join("old-2", null);
    assertThat(idsTo("old-2")).as("what was pushed counts as seen").isEmpty();
  }

  @Test
  void acknowledgementsOfUnknownIdsOrBeforeJoinAreIgnoredSilently() {
    kite.connect("ack-x", Map.of("c", CHANNEL));
    assertThat(kite.message("ack-x", "[\"SEEN\",\"nothing\"]").string("body")).isEmpty();
    join("ack-y", "[\"seen\"]");
    assertThat(kite.message("ack-y", "[\"SEEN\",\"no-such-id\"]").string("body")).isEmpty();
    assertThat(kite.send("ack-y", "[\"SEEN\"]").get(0)).isEqualTo("ERR");
    assertThat(kite.send("ack-y", "[\"JOIN\",\"V2\",null,\"" + CHANNEL + "\",\"seen\"]"))
        .first()
        .isEqualTo("ERR");
    assertThat(kite.send("ack-y", "[\"PING\"]")).containsExactly("PONG");
  }
}
