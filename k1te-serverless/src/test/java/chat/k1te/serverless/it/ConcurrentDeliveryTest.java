package chat.k1te.serverless.it;

import static org.assertj.core.api.Assertions.assertThat;

import chat.k1te.serverless.support.KiteHarness;
import chat.k1te.serverless.support.TelegramStub;
import chat.k1te.serverless.support.Updates;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Many visitors of one channel write at once, each with one message in flight, while the host
 * replies: every message is answered ACK and reaches its destination exactly once (the channel
 * host's member item must not be a point of contention).
 */
class ConcurrentDeliveryTest {
  static final long HOST = -1009100000001L;
  static final String CHANNEL = "concurrent-delivery";
  static final int VISITORS = 12;
  static final int MESSAGES = 8;
  static KiteHarness kite;

  @BeforeAll
  static void host() {
    kite = new KiteHarness();
    kite.webhook(Updates.update(Updates.text(HOST, "Support", 7, "/host " + CHANNEL)));
    for (int v = 0; v < VISITORS; v++) {
      kite.connect("cc-" + v, Map.of("c", CHANNEL));
      assertThat(
              kite.send(
                  "cc-" + v, "[\"JOIN\",\"Racer" + v + "\",\"R" + v + "\",\"" + CHANNEL + "\"]"))
          .containsExactly("OK");
    }
    assertThat(kite.send("cc-0", "[\"TXT\",\"first\",\"hello\",\"2026-12-04T09:59:00Z\"]"))
        .first()
        .as("the host has a peer to reply to")
        .isEqualTo("ACK");
  }

  @AfterAll
  static void close() {
    kite.close();
  }

  @Test
  void everyMessageOfManyConcurrentVisitorsIsAcknowledgedAndSentOnce() throws Exception {
    kite.telegram.clear();
    ExecutorService pool = Executors.newFixedThreadPool(VISITORS + 1);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<List<String>>> visitors = new ArrayList<>();
    for (int v = 0; v < VISITORS; v++) {
      int visitor = v;
      visitors.add(
          pool.submit(
              () -> {
                start.await();
                List<String> replies = new ArrayList<>();
                for (int m = 0; m < MESSAGES; m++) {
                  List<Object> reply =
                      kite.send(
                          "cc-" + visitor,
                          "[\"TXT\",\"r"
                              + visitor
                              + "-"
                              + m
                              + "\",\"text "
                              + visitor
                              + "/"
                              + m
                              + "\",\"2026-12-04T10:00:00Z\"]");
                  replies.add(reply.get(0) + (reply.get(0).equals("ACK") ? "" : " " + reply));
                }
                return replies;
              }));
    }
    Future<List<Integer>> host =
        pool.submit(
            () -> {
              start.await();
              List<Integer> statuses = new ArrayList<>();
              for (int r = 0; r < MESSAGES; r++) {
                statuses.add(
                    kite.webhook(Updates.update(Updates.text(HOST, "Support", 7, "reply " + r)))
                        .number("statusCode")
                        .orElseThrow()
                        .intValue());
              }
              return statuses;
            });
    start.countDown();
    List<String> replies = new ArrayList<>();
    for (Future<List<String>> f : visitors) {
      replies.addAll(f.get());
    }
    List<Integer> hostStatuses = host.get();
    pool.shutdown();

    assertThat(replies).hasSize(VISITORS * MESSAGES).containsOnly("ACK");
    assertThat(hostStatuses).containsOnly(200);
    Map<String, Long> sent =
        kite.telegram.calls("sendMessage").stream()
            .filter(c -> c.chatId() == HOST)
            .map(TelegramStub.Call::text)
            .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    assertThat(sent).hasSize(VISITORS * MESSAGES);
    assertThat(sent.values()).as("no text was sent twice").containsOnly(1L);
    long replyFrames =
        kite.management.pushes().stream().filter(p -> p.frame().contains("\"reply ")).count();
    assertThat(replyFrames).as("each host reply reached one visitor").isEqualTo(MESSAGES);
  }
}
