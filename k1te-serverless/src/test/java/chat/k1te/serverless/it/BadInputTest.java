package chat.k1te.serverless.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chat.k1te.serverless.RequestDispatcher;
import chat.k1te.serverless.json.Json;
import chat.k1te.serverless.json.JsonObject;
import chat.k1te.serverless.support.Fixtures;
import chat.k1te.serverless.support.KiteHarness;
import chat.k1te.serverless.support.Updates;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Bad input never crashes the dispatcher nor changes stored data; each gets a clear reason. */
class BadInputTest {
  static final long HOST = -1006000000001L;
  static KiteHarness kite;

  @BeforeAll
  static void setUp() {
    kite = new KiteHarness();
    kite.webhook(Updates.update(Updates.text(HOST, "Support", 7, "/host bad-input-chan")));
    kite.connect("c-bad", Map.of("c", "bad-input-chan"));
    kite.send("c-bad", "[\"JOIN\",\"BadVisitor\",null,\"bad-input-chan\"]");
  }

  @AfterAll
  static void tearDown() {
    kite.close();
  }

  @Test
  void malformedFramesGetSpecificErrors() {
    assertThat(kite.send("c-bad", "not json")).first().isEqualTo("ERR");
    assertThat((String) kite.send("c-bad", "not json").get(1))
        .startsWith("⛔ Malformed frame, malformed JSON");
    assertThat(kite.send("c-bad", "{\"a\":1}"))
        .containsExactly("ERR", "⛔ Malformed frame: expected a JSON array such as [\"PING\"]", 400);
    assertThat(kite.send("c-bad", "[]"))
        .containsExactly("ERR", "⛔ Malformed frame: the first element must be the type tag", 400);
    assertThat(kite.send("c-bad", "[\"HELLO\"]"))
        .containsExactly(
            "ERR",
            "⛔ Unsupported frame type HELLO: a client may send JOIN, TXT, BIN, UPL, SEEN, LINK or PING",
            400);
    assertThat(kite.send("c-bad", "[\"TXT\",\"m\",\"x\"]"))
        .containsExactly(
            "ERR",
            "⛔ TXT expects 4 or 5 elements [\"TXT\", messageId, text, created, status?] but got 3",
            400);
    assertThat(kite.send("c-bad", "[\"TXT\",\"m\",42,\"2026-11-28T09:40:00Z\"]"))
        .containsExactly("ERR", "⛔ TXT element 2 (text) must be a string, got the number 42", 400);
    assertThat(kite.send("c-bad", "[\"TXT\",\"m\",\"x\",\"yesterday\"]"))
        .containsExactly(
            "ERR", "⛔ TXT element 3 (created) must be an ISO-8601 instant, got 'yesterday'", 400);
    assertThat(
            kite.send(
                "c-bad",
                "[\"UPL\",\"m\",\"a.pdf\",\"application/pdf\",-1,\"2026-11-28T09:40:00Z\"]"))
        .containsExactly(
            "ERR",
            "⛔ UPL element 4 (fileSize) must be a non-negative integer, got the number -1",
            400);
    assertThat(kite.send("c-bad", "[\"JOIN\",\"bad id!\",null,\"bad-input-chan\"]"))
        .containsExactly(
            "ERR",
            "⛔ Invalid member id bad id!: use 1 to 64 letters, digits or '_', not starting with"
                + " 'tg_'",
            400);
    assertThat(kite.send("c-bad", "[\"JOIN\",\"Someone\",null,\"missing-channel\"]"))
        .containsExactly("ERR", "⛔ Channel not found", 404);
    assertThat(kite.message("c-bad", "garbage").number("statusCode")).contains(200L);
    assertThat(kite.send("c-bad", "[\"PING\"]")).containsExactly("PONG");
    assertThat(kite.send("c-bad", "[\"TXT\",\"ok\",\"still works\",\"2026-11-28T09:40:00Z\"]"))
        .first()
        .isEqualTo("ACK");
  }

  @Test
  void webhookWithoutOrWithWrongSecretIsRefusedAndStoresNothing() {
    Map<String, Object> update =
        Updates.update(Updates.text(-1006000000009L, "Intruder", 9, "/host intruder-chan"));
    JsonObject missing =
        kite.webhook(Json.write(update), Map.of("content-type", "application/json"));
    assertThat(missing.number("statusCode")).contains(401L);
    assertThat(missing.string("body").orElseThrow())
        .contains("missing X-Telegram-Bot-Api-Secret-Token header");
    JsonObject wrong =
        kite.webhook(Json.write(update), Map.of("x-telegram-bot-api-secret-token", "guess"));
    assertThat(wrong.number("statusCode")).contains(403L);
    assertThat(wrong.string("body").orElseThrow()).doesNotContain(KiteHarness.SECRET);
    JsonObject hostAgain =
        KiteHarness.body(
            kite.webhook(
                Updates.update(Updates.text(-1006000000008L, "Legit", 8, "/host intruder-chan"))));
    assertThat(hostAgain.string("text").orElseThrow())
        .as("nothing was stored")
        .startsWith("✅ Created channel intruder-chan");
  }

  @Test
  void aRepeatedUpdateIdIsProcessedOnce() {
    Map<String, Object> update =
        Updates.update(Updates.text(-1006000000007L, "Repeat", 7, "/host repeated-chan"));
    JsonObject first = KiteHarness.body(kite.webhook(update));
    assertThat(first.string("text").orElseThrow()).startsWith("✅ Created channel repeated-chan");
    JsonObject again = kite.webhook(update);
    assertThat(again.number("statusCode")).contains(200L);
    assertThat(KiteHarness.body(again))
        .as("a redelivery means the first answer was lost: it is answered again, not re-run")
        .isEqualTo(first);
  }

  @Test
  void malformedWebhookBodiesAreRefused() {
    Map<String, String> headers = Map.of("x-telegram-bot-api-secret-token", KiteHarness.SECRET);
    JsonObject notJson = kite.webhook("{oops", headers);
    assertThat(notJson.number("statusCode")).contains(400L);
    assertThat(notJson.string("body").orElseThrow()).contains("the update is not JSON");
    JsonObject noId = kite.webhook("{\"message\":{}}", headers);
    assertThat(noId.number("statusCode")).contains(400L);
    assertThat(noId.string("body").orElseThrow()).contains("the update has no update_id");
    JsonObject unhandled = kite.webhook("{\"update_id\":1,\"chat_member\":{}}", headers);
    assertThat(unhandled.number("statusCode")).contains(200L);
  }

  @Test
  void unknownEventShapesFailWithAClearMessage() {
    assertThatThrownBy(() -> kite.invoke(Fixtures.load("unknown-event.json")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unsupported event: neither an API Gateway v2 WebSocket event");
    assertThatThrownBy(() -> kite.invoke("[1,2]"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not a JSON object");
    assertThatThrownBy(() -> kite.invoke("{not json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("malformed JSON");
    String notBase64 =
        Fixtures.event("http-webhook.json", Map.of("HEADERS", Map.of(), "BODY", "%%%"))
            .replace("\"isBase64Encoded\": false", "\"isBase64Encoded\": true");
    assertThatThrownBy(() -> kite.invoke(notBase64))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("request dispatcher: the body is marked isBase64Encoded");
    String get =
        Fixtures.event("http-webhook.json", Map.of("HEADERS", Map.of(), "BODY", ""))
            .replace("\"POST\"", "\"GET\"");
    JsonObject notFound = kite.invoke(get);
    assertThat(notFound.number("statusCode")).contains(404L);
  }

  @Test
  void nonMembersWritingInTelegramAreToldWhatToDo() {
    JsonObject reply =
        KiteHarness.body(kite.webhook(Updates.update(Updates.text(4242, "Lost", 4242, "hello?"))));
    assertThat(reply.string("text"))
        .contains("You are not in a channel yet. Use /join channelName, or /help");
    JsonObject group =
        KiteHarness.body(
            kite.webhook(Updates.update(Updates.text(-4242, "Random group", 1, "chatter"))));
    assertThat(group.map()).isEqualTo(Map.of("ok", true));
  }

  @Test
  void aStoreOutageRefusesTheHandshakeWith500AndAnswersFramesWithErr() throws Exception {
    Map<String, String> env = new HashMap<>(kite.environment);
    env.put("DYNAMODB_ENDPOINT", "http://127.0.0.1:1");
    RequestDispatcher broken = new RequestDispatcher(env);
    JsonObject connect =
        invoke(
            broken,
            Fixtures.event(
                "ws-connect.json",
                Map.of("CONNECTION_ID", "c-500", "QUERY", Map.of("c", "bad-input-chan"))));
    assertThat(connect.number("statusCode")).contains(500L);
    assertThat(connect.string("body").orElseThrow()).contains("Internal error");
    JsonObject frame =
        invoke(
            broken,
            Fixtures.event(
                "ws-message.json", Map.of("CONNECTION_ID", "c-500", "BODY", "[\"PING\"]")));
    assertThat(frame.number("statusCode")).contains(200L);
    assertThat(frame.string("body").orElseThrow()).startsWith("[\"ERR\",\"⛔ Internal error");
  }

  private static JsonObject invoke(RequestDispatcher dispatcher, String event) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    dispatcher.handleRequest(
        new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out, null);
    return new JsonObject(Json.parseObject(out.toString(StandardCharsets.UTF_8)));
  }
}
