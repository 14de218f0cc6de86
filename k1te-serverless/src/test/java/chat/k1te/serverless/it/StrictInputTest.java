package chat.k1te.serverless.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chat.k1te.serverless.json.JsonObject;
import chat.k1te.serverless.support.Fixtures;
import chat.k1te.serverless.support.KiteHarness;
import chat.k1te.serverless.support.Updates;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every JSON document from outside is read strictly (one value, no NUL, bounded depth and size),
 * and every field of a Telegram update is untrusted: bad input gets a specific 400 or {@code ERR},
 * never a 500, a stack overflow or a dropped connection.
 */
class StrictInputTest {
  static final long HOST = -1006100000001L;
  static final String CHANNEL = "strict-input";
  static final Map<String, String> SECRET =
      Map.of("x-telegram-bot-api-secret-token", KiteHarness.SECRET);
  static KiteHarness kite;

  @BeforeAll
  static void setUp() {
    kite = new KiteHarness();
    kite.webhook(Updates.update(Updates.text(HOST, "Support", 7, "/host " + CHANNEL)));
    kite.connect("c-strict", Map.of("c", CHANNEL));
    kite.send("c-strict", "[\"JOIN\",\"StrictVisitor\",null,\"" + CHANNEL + "\"]");
  }

  @AfterAll
  static void tearDown() {
    kite.close();
  }

  /** The frame's reply, checking that the socket stays open (200 with a body). */
  private static List<Object> reply(String frame) {
    JsonObject response = kite.message("c-strict", frame);
    assertThat(response.number("statusCode")).as("the connection stays open").contains(200L);
    return kite.send("c-strict", frame);
  }

  private static String nested(int depth, String inner) {
    return "[".repeat(depth) + inner + "]".repeat(depth);
  }

  @Test
  void trailingContentAfterTheFrameIsRefusedAndNothingIsActedOn() {
    kite.telegram.clear();
    List<Object> trailing = reply("[\"PING\"]]");
    assertThat(trailing.get(0)).isEqualTo("ERR");
    assertThat((String) trailing.get(1)).contains("trailing content");
    assertThat(trailing.get(2)).isEqualTo(400);
    assertThat(reply("[\"TXT\",\"t-1\",\"sneaky\",\"2026-12-04T10:00:00Z\"]x").get(0))
        .isEqualTo("ERR");
    assertThat(reply("[\"PING\"] [\"PING\"]").get(0)).isEqualTo("ERR");
    assertThat(kite.telegram.calls("sendMessage")).as("nothing was sent").isEmpty();
    assertThat(reply("[\"PING\"]  \n")).as("whitespace is not content").containsExactly("PONG");
  }

  @Test
  void deeplyNestedFramesAreRefusedWithoutOverflowingTheStack() {
    for (int depth : new int[] {9, 5000, 16_000}) {
      List<Object> err = reply(nested(depth, "\"PING\""));
      assertThat(err.get(0)).isEqualTo("ERR");
      assertThat((String) err.get(1)).contains("nested deeper than 8 levels");
      assertThat(err.get(2)).isEqualTo(400);
    }
    assertThat(reply("[\"PING\"]")).containsExactly("PONG");
  }

  @Test
  void nulCharactersAndOversizeFramesAreRefused() {
    List<Object> raw = reply("[\"PING\"]\u0000");
    assertThat((String) raw.get(1)).contains("NUL character");
    List<Object> escaped = reply("[\"TXT\",\"n-1\",\"a\\u0000b\",\"2026-12-04T10:00:00Z\"]");
    assertThat(escaped.get(0)).isEqualTo("ERR");
    assertThat((String) escaped.get(1)).contains("NUL character");
    List<Object> huge = reply("[\"PING\",\"" + "x".repeat(40_000) + "\"]");
    assertThat(huge.get(0)).isEqualTo("ERR");
    assertThat((String) huge.get(1)).contains("too large");
    assertThat(huge.get(2)).isEqualTo(400);
    List<Object> longId =
        reply("[\"TXT\",\"" + "i".repeat(200) + "\",\"x\",\"2026-12-04T10:00:00Z\"]");
    assertThat(longId.get(0)).isEqualTo("ERR");
    assertThat((String) longId.get(1)).contains("messageId");
    assertThat(reply("[\"PING\"]")).containsExactly("PONG");
  }

  @Test
  void hostileWebhookBodiesGet400() {
    for (String body :
        List.of(
            "{\"update_id\":1}x",
            "{\"update_id\":2}{\"update_id\":3}",
            "{\"update_id\":4,\"message\":" + "{\"a\":".repeat(5000) + "1" + "}".repeat(5001),
            "{\"update_id\":5,\"update_id\":6}",
            "{\"update_id\":7,\"x\":\"\\u0000\"}")) {
      JsonObject response = kite.webhook(body, SECRET);
      assertThat(response.number("statusCode"))
          .as(body.substring(0, Math.min(20, body.length())))
          .contains(400L);
      assertThat(response.string("body").orElseThrow()).contains("the update is not JSON");
    }
    JsonObject fraction = kite.webhook("{\"update_id\":1.5}", SECRET);
    assertThat(fraction.number("statusCode")).contains(400L);
    assertThat(fraction.string("body").orElseThrow()).contains("no update_id");
  }

  @Test
  void commandEntitiesWithImpossibleOffsetsOrLengthsAreIgnored() {
    for (long[] bounds :
        new long[][] {
          {0, -5},
          {0, Integer.MAX_VALUE},
          {0, Long.MAX_VALUE},
          {-1, 5},
          {Integer.MAX_VALUE, 1},
          {0, 0}
        }) {
      Map<String, Object> message = Updates.base(HOST, "Support", 7);
      message.put("text", "/info now");
      message.put(
          "entities",
          List.of(Map.of("type", "bot_command", "offset", bounds[0], "length", bounds[1])));
      JsonObject response = kite.webhook(Updates.update(message));
      assertThat(response.number("statusCode"))
          .as("offset %d length %d", bounds[0], bounds[1])
          .contains(200L);
    }
    Map<String, Object> hashtag = Updates.base(HOST, "Support", 7);
    hashtag.put("text", "answer");
    Map<String, Object> original = new LinkedHashMap<>(Updates.botMessage(HOST, 1, "#Ab x"));
    original.put("entities", List.of(Map.of("type", "hashtag", "offset", 0, "length", -3)));
    hashtag.put("reply_to_message", original);
    assertThat(kite.webhook(Updates.update(hashtag)).number("statusCode")).contains(200L);
  }

  @Test
  void hostileInvocationEventsFailWithAClearMessage() {
    String event = Fixtures.event("ws-message.json", Map.of("CONNECTION_ID", "c", "BODY", "x"));
    assertThatThrownBy(() -> kite.invoke(event + "trailing"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("trailing content");
    assertThatThrownBy(() -> kite.invoke(nested(100_000, "1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nested deeper than");
  }
}
