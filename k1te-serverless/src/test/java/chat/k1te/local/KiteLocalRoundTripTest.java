package chat.k1te.local;

import static chat.k1te.local.LocalGatewayTest.get;
import static chat.k1te.local.LocalGatewayTest.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real Lambda handlers in the local runtime: what the README promises a newcomer. */
class KiteLocalRoundTripTest {
  private static LocalRuntime runtime;

  @BeforeAll
  static void start() {
    runtime = LocalRuntime.start(LocalRuntimeOptions.defaults().withPort(0));
    System.err.println("local runtime started in " + runtime.startupMillis() + " ms");
  }

  @AfterAll
  static void stop() {
    runtime.close();
  }

  @Test
  void theSeedReadmeExchange() throws Exception {
    WsClient client = WsClient.open(runtime.wsUrl() + "?c=" + runtime.demoChannel());
    try {
      assertThat(client.getProtocol().getProvidedProtocol()).isEqualTo("k1te.chat.v1");
      client.send("[\"PING\"]");
      assertThat(client.next()).isEqualTo("[\"PONG\"]");
    } finally {
      client.closeBlocking();
    }
  }

  @Test
  void visitorAndOperatorTalkThroughTheStandIn() throws Exception {
    String memberId = "Visitor" + Long.toString(System.nanoTime() % 1000, 10);
    memberId = (memberId + "XXXXXXXXXX").substring(0, 10);
    String group = runtime.telegramUrl() + "/chats/" + runtime.demoChatId() + "/messages";
    WsClient visitor = WsClient.open(runtime.wsUrl() + "?c=" + runtime.demoChannel());
    try {
      visitor.send(Json.write(List.of("JOIN", memberId, "Ann", runtime.demoChannel())));
      assertThat(visitor.next()).isEqualTo("[\"OK\"]");
      visitor.send(Json.write(List.of("TXT", "t1", "Hello from the page", "2026-11-28T10:00:00Z")));
      List<Object> ack = Json.readArray(visitor.next());
      assertThat(ack.subList(0, 2)).containsExactly("ACK", "t1");

      List<Object> messages = Json.readArray(get(group).body());
      Map<?, ?> delivered =
          messages.stream()
              .map(m -> (Map<?, ?>) m)
              .filter(m -> String.valueOf(m.get("text")).contains("Hello from the page"))
              .findFirst()
              .orElseThrow(() -> new AssertionError("not in the group: " + messages));
      assertThat((String) delivered.get("text")).startsWith("#" + memberId);
      assertThat(delivered.get("from_bot")).isEqualTo(true);

      Map<String, Object> reply =
          Json.readObject(
              post(
                      group,
                      Json.write(
                          Map.of(
                              "text",
                              "Hi Ann, how can we help?",
                              "reply_to_message_id",
                              delivered.get("message_id"))))
                  .body());
      assertThat(reply).containsEntry("webhook_status", 200);
      List<Object> frame = Json.readArray(visitor.next());
      assertThat(frame.get(0)).isEqualTo("TXT");
      assertThat(frame.get(2)).isEqualTo("Hi Ann, how can we help?");
    } finally {
      visitor.closeBlocking();
    }
  }

  @Test
  void aVisitorWhoReconnectsWithItsMemberIdGetsWhatArrivedMeanwhile() throws Exception {
    String memberId = "Replay" + (System.nanoTime() % 9000 + 1000);
    String group = runtime.telegramUrl() + "/chats/" + runtime.demoChatId() + "/messages";
    WsClient first = WsClient.open(runtime.wsUrl() + "?c=" + runtime.demoChannel());
    first.send(Json.write(java.util.Arrays.asList("JOIN", memberId, null, runtime.demoChannel())));
    assertThat(first.next()).isEqualTo("[\"OK\"]");
    first.send(Json.write(List.of("TXT", "r1", "anyone there?", "2026-11-28T10:00:00Z")));
    assertThat(first.next()).startsWith("[\"ACK\"");
    first.closeBlocking();
    Map<?, ?> question =
        Json.readArray(get(group).body()).stream()
            .map(m -> (Map<?, ?>) m)
            .filter(
                m ->
                    String.valueOf(m.get("text")).startsWith("#" + memberId)
                        && String.valueOf(m.get("text")).contains("anyone there?"))
            .findFirst()
            .orElseThrow();
    post(
        group,
        Json.write(
            Map.of("text", "Yes, we are!", "reply_to_message_id", question.get("message_id"))));

    // what the widget does: reconnect with m=<member id>, then JOIN as its first frame
    WsClient again =
        WsClient.open(runtime.wsUrl() + "?c=" + runtime.demoChannel() + "&m=" + memberId);
    try {
      again.send(
          Json.write(java.util.Arrays.asList("JOIN", memberId, null, runtime.demoChannel())));
      List<String> frames = List.of(again.next(), again.next());
      assertThat(frames).contains("[\"OK\"]");
      assertThat(frames).anyMatch(f -> f.startsWith("[\"TXT\"") && f.contains("Yes, we are!"));
    } finally {
      again.closeBlocking();
    }
  }

  @Test
  void badHandshakesAreRefusedWithTheHandlersStatus() throws Exception {
    WsClient noChannel = new WsClient(runtime.wsUrl());
    assertThat(noChannel.connectBlocking(10, TimeUnit.SECONDS)).isFalse();
    assertThat(noChannel.closed.get(10, TimeUnit.SECONDS)).contains("400");
    WsClient unknown = new WsClient(runtime.wsUrl() + "?c=no-such-channel");
    assertThat(unknown.connectBlocking(10, TimeUnit.SECONDS)).isFalse();
    assertThat(unknown.closed.get(10, TimeUnit.SECONDS)).contains("404");
  }

  @Test
  void theWebhookRefusesUpdatesWithoutTheRightSecret() throws Exception {
    String update =
        "{\"update_id\":5,\"message\":{\"message_id\":1,\"date\":0,\"chat\":{\"id\":1,\"type\":\"private\"},\"text\":\"/help\"}}";
    assertThat(post(runtime.webhookUrl(), update).statusCode()).isEqualTo(401);
    assertThat(post(runtime.webhookUrl(), update, "not-the-secret").statusCode()).isEqualTo(403);
  }
}
