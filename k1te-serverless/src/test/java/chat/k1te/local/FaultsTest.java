package chat.k1te.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Faults while visitors and operators talk: a socket reset under the visitor, a half-open socket (a
 * phone out of coverage), an update Telegram delivers again, the DynamoDB engine killed mid-traffic
 * (last: it wipes the in-memory tables).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultsTest {
  private static LocalRuntime runtime;
  private static String group;

  @BeforeAll
  static void start() {
    LocalLog.setEnabled(false);
    runtime = LocalRuntime.start(LocalRuntimeOptions.defaults().withPort(0));
    group = runtime.telegramUrl() + "/chats/" + runtime.demoChatId() + "/messages";
  }

  @AfterAll
  static void stop() {
    runtime.close();
    LocalLog.setEnabled(true);
  }

  @Test
  @Order(1)
  void aRedeliveredWebhookUpdateDoesNotReachTheVisitorTwice() throws Exception {
    WsClient visitor = join("FaultRedel");
    long groupMessage = say(visitor, "redelivery question");
    assertThat(reply(groupMessage, "answer once")).isEqualTo(200);
    assertThat(visitor.next()).contains("answer once");
    int status = runtime.telegram().orElseThrow().redeliverLatestUpdate();
    assertThat(status).as("webhook status of the redelivered update").isBetween(200, 299);
    String extra = visitor.received.poll(3, TimeUnit.SECONDS);
    assertThat(extra).as("a second copy of the reply").isNull();
    visitor.closeBlocking();
  }

  @Test
  @Order(2)
  void repliesSentWhileTheVisitorsSocketWasResetArriveExactlyOnceAfterReconnecting()
      throws Exception {
    String member = "FaultReset";
    WsClient visitor = join(member);
    long groupMessage = say(visitor, "reset question");
    // an abrupt reset (RST, no close frame), like a phone switching networks
    visitor.getSocket().setSoLinger(true, 0);
    visitor.getSocket().close();
    visitor.closed.get(10, TimeUnit.SECONDS);
    for (int i = 0; i < 3; i++) {
      assertThat(reply(groupMessage, "while away r" + i)).isEqualTo(200);
    }
    WsClient again =
        WsClient.open(runtime.wsUrl() + "?c=" + runtime.demoChannel() + "&m=" + member);
    again.send(Json.write(List.of("JOIN", member, "Fault", runtime.demoChannel())));
    AtomicInteger[] copies = {new AtomicInteger(), new AtomicInteger(), new AtomicInteger()};
    Pattern token = Pattern.compile("while away r(\\d)");
    for (String frame = again.received.poll(5, TimeUnit.SECONDS);
        frame != null;
        frame = again.received.poll(2, TimeUnit.SECONDS)) {
      Matcher m = token.matcher(frame);
      while (m.find()) {
        copies[Integer.parseInt(m.group(1))].incrementAndGet();
      }
    }
    assertThat(List.of(copies[0].get(), copies[1].get(), copies[2].get()))
        .as("copies of each reply after reconnecting")
        .containsExactly(1, 1, 1);
    again.closeBlocking();
  }

  @Test
  @Order(3)
  void repliesWrittenIntoAHalfOpenSocketArriveExactlyOnceOnTheNextSocket() throws Exception {
    String member = "FaultHalfOpen";
    int gatewayPort = URI.create(runtime.wsUrl()).getPort();
    try (HalfOpenRelay relay = HalfOpenRelay.to(gatewayPort)) {
      // the phone reaches the gateway through the relay; it acknowledges what it displays
      WsClient phone =
          WsClient.open(
              runtime.wsUrl().replace(":" + gatewayPort + "/", ":" + relay.port() + "/")
                  + "?c="
                  + runtime.demoChannel());
      phone.setConnectionLostTimeout(0); // its own keep-alive must not notice the dead link
      assertThat(joinAcknowledging(phone, member)).as("nothing to replay at first").isEmpty();
      long question = sayAndAcknowledge(phone, "half-open question");
      Map<String, String> shown = new LinkedHashMap<>(); // message id → text, as the widget shows
      for (int i = 0; i < 2; i++) {
        assertThat(reply(question, "seen before h" + i)).isEqualTo(200);
        List<Object> frame = Json.readArray(phone.next());
        assertThat(frame.get(0)).isEqualTo("TXT");
        shown.put((String) frame.get(1), (String) frame.get(2));
        phone.send(Json.write(List.of("SEEN", frame.get(1))));
      }
      roundTrip(phone); // one socket's frames are handled in order: both SEENs are recorded

      relay.vanish(); // out of coverage: no FIN, no RST, the gateway's writes still succeed
      for (int i = 0; i < 3; i++) {
        assertThat(reply(question, "while half-open h" + i)).as("webhook status").isEqualTo(200);
      }
      awaitCondition(
          "all three replies written into the dead socket",
          () ->
              IntStream.range(0, 3)
                  .allMatch(i -> relay.swallowedTowardClient().contains("while half-open h" + i)));
      assertThat(phone.closed).as("the phone noticed nothing").isNotDone();

      // back in coverage: a new socket and JOIN, as the widget does on every open
      WsClient again =
          WsClient.open(runtime.wsUrl() + "?c=" + runtime.demoChannel() + "&m=" + member);
      List<List<Object>> replayed = joinAcknowledging(again, member);
      String lastAcknowledged = List.copyOf(shown.keySet()).get(1);
      assertThat(replayed)
          .extracting(f -> f.get(2))
          .as("replayed from the last acknowledged reply on, inclusive")
          .containsExactly(
              "seen before h1", "while half-open h0", "while half-open h1", "while half-open h2");
      assertThat(replayed.get(0).get(1))
          .as("the acknowledged reply comes with the id the widget shows, so it drops it")
          .isEqualTo(lastAcknowledged);
      List<String> newlyShown = new ArrayList<>();
      for (List<Object> frame : replayed) {
        if (shown.putIfAbsent((String) frame.get(1), (String) frame.get(2)) == null) {
          newlyShown.add((String) frame.get(2));
          again.send(Json.write(List.of("SEEN", frame.get(1))));
        }
      }
      assertThat(newlyShown)
          .as("displayed after reconnecting, each exactly once")
          .containsExactly("while half-open h0", "while half-open h1", "while half-open h2");
      assertThat(roundTrip(again)).as("nothing else arrives").isEmpty();
      again.closeBlocking();
    }
  }

  @Test
  @Order(4)
  void killingDynaliteMidTrafficRestartsItAndTheChatWorksAgain() throws Exception {
    long before = runtime.dynalite().pid();
    AtomicBoolean traffic = new AtomicBoolean(true);
    AtomicInteger answered = new AtomicInteger();
    Thread writer =
        new Thread(
            () -> {
              try {
                WsClient visitor = join("FaultKill0");
                for (int i = 0; traffic.get(); i++) {
                  visitor.send(
                      Json.write(List.of("TXT", "k" + i, "kill " + i, "2026-12-04T10:00:00Z")));
                  if (visitor.received.poll(30, TimeUnit.SECONDS) != null) {
                    answered.incrementAndGet();
                  }
                }
                visitor.closeBlocking();
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    writer.start();
    while (answered.get() < 3) {
      Thread.sleep(50);
    }
    ProcessHandle.of(before).orElseThrow().destroyForcibly();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (runtime.dynalite().pid() == before && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    traffic.set(false);
    writer.join(60_000);
    assertThat(runtime.dynalite().pid()).as("a new dynalite process").isNotEqualTo(before);
    assertThat(runtime.dynalite().isAlive()).isTrue();
    assertThat(runtime.failure()).isNotDone();
    // the tables are back and the demo channel hosted again: a visitor chats as before
    long deadlineForChat = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    WsClient visitor = null;
    while (visitor == null) {
      try {
        visitor = join("FaultKill1");
      } catch (AssertionError notYet) {
        if (System.nanoTime() > deadlineForChat) {
          throw notYet;
        }
        Thread.sleep(500);
      }
    }
    long groupMessage = say(visitor, "after the restart");
    assertThat(groupMessage).isPositive();
    visitor.closeBlocking();
  }

  /**
   * JOIN as the widget does (features "seen" and "edit"); returns the frames replayed before the
   * {@code OK} (the backend replays synchronously before answering).
   */
  private static List<List<Object>> joinAcknowledging(WsClient socket, String member)
      throws Exception {
    socket.send(
        Json.write(
            List.of("JOIN", member, "Fault", runtime.demoChannel(), List.of("seen", "edit"))));
    List<List<Object>> replayed = new ArrayList<>();
    for (String frame = socket.next(); !frame.equals("[\"OK\"]"); frame = socket.next()) {
      List<Object> parsed = Json.readArray(frame);
      assertThat(parsed.get(0)).as("frame before OK: " + frame).isEqualTo("TXT");
      replayed.add(parsed);
    }
    return replayed;
  }

  /** Sends a text and acknowledges its ACK as the widget does; returns its id in the group. */
  private static long sayAndAcknowledge(WsClient visitor, String text) throws Exception {
    visitor.send(Json.write(List.of("TXT", "f" + System.nanoTime(), text, "2026-12-04T10:00:00Z")));
    List<Object> ack = Json.readArray(visitor.next());
    assertThat(ack.get(0)).isEqualTo("ACK");
    visitor.send(Json.write(List.of("SEEN", ack.get(2))));
    return messageInGroup(text);
  }

  /** PING, then the frames that came before the PONG (all earlier frames were handled). */
  private static List<String> roundTrip(WsClient socket) throws Exception {
    socket.send("[\"PING\"]");
    List<String> before = new ArrayList<>();
    for (String frame = socket.next(); !frame.equals("[\"PONG\"]"); frame = socket.next()) {
      before.add(frame);
    }
    return before;
  }

  private static void awaitCondition(String what, BooleanSupplier condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within 60 s: " + what);
      }
      Thread.sleep(20);
    }
  }

  private static WsClient join(String member) throws Exception {
    WsClient visitor = WsClient.open(runtime.wsUrl() + "?c=" + runtime.demoChannel());
    visitor.send(Json.write(List.of("JOIN", member, "Fault", runtime.demoChannel())));
    String answer = visitor.next();
    if (!answer.equals("[\"OK\"]")) {
      visitor.closeBlocking();
      throw new AssertionError("JOIN answered " + answer);
    }
    return visitor;
  }

  /** Sends a text, expects its ACK and returns its message id in the operators' group. */
  private static long say(WsClient visitor, String text) throws Exception {
    visitor.send(Json.write(List.of("TXT", "f" + System.nanoTime(), text, "2026-12-04T10:00:00Z")));
    assertThat(visitor.next()).startsWith("[\"ACK\"");
    return messageInGroup(text);
  }

  private static long messageInGroup(String text) throws Exception {
    List<Object> messages = Json.readArray(LocalGatewayTest.get(group).body());
    return messages.stream()
        .map(m -> (Map<?, ?>) m)
        .filter(m -> String.valueOf(m.get("text")).contains(text))
        .map(m -> ((Number) m.get("message_id")).longValue())
        .reduce((a, b) -> b)
        .orElseThrow(() -> new AssertionError("not in the group: " + text));
  }

  private static int reply(long groupMessage, String text) throws Exception {
    Map<String, Object> answer =
        Json.readObject(
            LocalGatewayTest.post(
                    group, Json.write(Map.of("text", text, "reply_to_message_id", groupMessage)))
                .body());
    return ((Number) answer.get("webhook_status")).intValue();
  }
}
