package chat.k1te.serverless.it;

import static org.assertj.core.api.Assertions.assertThat;

import chat.k1te.serverless.json.Json;
import chat.k1te.serverless.json.JsonObject;
import chat.k1te.serverless.support.KiteHarness;
import chat.k1te.serverless.support.Updates;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An operator's edited or withdrawn reply follows it to the visitor and into the history. */
class CorrectionsTest {
  static final long HOST = -1009400000001L;
  static final String CHANNEL = "corrections";
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

  private void visitor(String connection, String id, String features) {
    kite.connect(connection, Map.of("c", CHANNEL));
    String extra = features == null ? "" : "," + features;
    kite.send(connection, "[\"JOIN\",\"" + id + "\",\"V\",\"" + CHANNEL + "\"" + extra + "]");
    kite.send(connection, "[\"TXT\",\"" + id + "-1\",\"question\",\"2026-12-04T10:00:00Z\"]");
  }

  /** The host replies to the visitor's message (addressed by its hashtag); returns the reply. */
  private Map<String, Object> reply(String visitorId, String text) {
    Map<String, Object> message =
        Updates.replyTo(
            Updates.text(HOST, "Support", 7, text),
            Updates.botMessage(HOST, 1, "#" + visitorId + " V\nquestion"));
    assertThat(kite.webhook(Map.of("update_id", Updates.nextUpdateId(), "message", message)))
        .satisfies(r -> assertThat(r.number("statusCode")).contains(200L));
    return message;
  }

  private void edit(Map<String, Object> message, String text) {
    Map<String, Object> edited = new LinkedHashMap<>(message);
    edited.put("text", text);
    edited.put("edit_date", 1795858900);
    assertThat(
            kite.webhook(Map.of("update_id", Updates.nextUpdateId(), "edited_message", edited))
                .number("statusCode"))
        .contains(200L);
  }

  private static String id(Map<String, Object> message) {
    return Long.toString(((Number) message.get("message_id")).longValue(), 36);
  }

  private List<List<Object>> framesTo(String connection) {
    return kite.management.framesTo(connection).stream()
        .map(
            f -> {
              try {
                return Json.asList(Json.parse(f), "frame");
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            })
        .toList();
  }

  @Test
  void anEditedReplyReachesTheWidgetAndTheHistoryButNotAWidgetWithoutTheFeature() {
    visitor("e-new", "Newer", "[\"seen\",\"edit\"]");
    visitor("e-old", "Older", null);
    Map<String, Object> toNew = reply("Newer", "helo");
    Map<String, Object> toOld = reply("Older", "helo");
    kite.management.clear();
    kite.telegram.clear();

    edit(toNew, "hello");
    edit(toOld, "hello");
    List<List<Object>> frames = framesTo("e-new");
    assertThat(frames).hasSize(1);
    assertThat(frames.get(0).subList(0, 3)).containsExactly("EDIT", id(toNew), "hello");
    assertThat(framesTo("e-old")).as("an old widget would show EDIT as an error").isEmpty();
    assertThat(kite.telegram.calls("sendMessage"))
        .as("an edit is not forwarded as a new message")
        .isEmpty();

    kite.management.clear();
    kite.connect("e-new-2", Map.of("c", CHANNEL));
    kite.send("e-new-2", "[\"JOIN\",\"Newer\",\"V\",\"" + CHANNEL + "\",[\"seen\",\"edit\"]]");
    assertThat(framesTo("e-new-2"))
        .filteredOn(f -> f.get(1).equals(id(toNew)))
        .singleElement()
        .satisfies(f -> assertThat(f.get(2)).as("history holds the edit").isEqualTo("hello"));
  }

  @Test
  void deleteAsAReplyWithdrawsTheMessageFromTheVisitorAndTheHistory() {
    visitor("d-new", "Deleted", "[\"seen\",\"edit\"]");
    Map<String, Object> sent = reply("Deleted", "wrong answer");
    kite.management.clear();

    Map<String, Object> command =
        Updates.replyTo(Updates.text(HOST, "Support", 7, "/delete"), sent);
    JsonObject answer =
        KiteHarness.body(
            kite.webhook(Map.of("update_id", Updates.nextUpdateId(), "message", command)));
    assertThat(answer.string("text").orElseThrow()).startsWith("🗑 Withdrawn from V");
    assertThat(framesTo("d-new")).containsExactly(List.of("DEL", id(sent)));
    assertThat(kite.telegram.calls("deleteMessage"))
        .singleElement()
        .satisfies(
            c ->
                assertThat(c.params().number("message_id"))
                    .contains(((Number) sent.get("message_id")).longValue()));

    kite.management.clear();
    kite.connect("d-new-2", Map.of("c", CHANNEL));
    kite.send("d-new-2", "[\"JOIN\",\"Deleted\",\"V\",\"" + CHANNEL + "\",[\"seen\",\"edit\"]]");
    assertThat(framesTo("d-new-2")).noneMatch(f -> f.get(1).equals(id(sent)));

    JsonObject unaddressed =
        KiteHarness.body(kite.webhook(Updates.update(Updates.text(HOST, "Support", 7, "/delete"))));
    assertThat(unaddressed.string("text").orElseThrow()).contains("Reply /delete to the message");
  }
}
