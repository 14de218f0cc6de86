package chat.k1te.local;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * N visitors × M messages through a running local runtime (real handlers, dynalite, s3proxy, the
 * Telegram stand-in), then one operator reply per message; counts what went wrong. Every visitor
 * text carries {@code v<visitor>s<seq>}, every reply {@code r<visitor>s<seq>}, so loss, duplicates,
 * order and cross-delivery are read off what arrived.
 */
final class LoadRun {
  private static final Pattern VISITOR_TOKEN = Pattern.compile("\\bv(\\d+)s(\\d+)\\b");
  private static final Pattern REPLY_TOKEN = Pattern.compile("\\br(\\d+)s(\\d+)\\b");
  private static final int OPERATORS = 4;
  private static final int ANSWER_SECONDS = 60;

  private LoadRun() {}

  static LoadReport run(LocalRuntime runtime, int visitors, int messages) throws Exception {
    return run(runtime, "m", visitors, messages);
  }

  /**
   * One round; {@code round} (letters) tells rounds on one runtime apart: their visitors are new
   * members and only their texts are read back from the group.
   */
  static LoadReport run(LocalRuntime runtime, String round, int visitors, int messages)
      throws Exception {
    String tag = "load " + round + " ";
    List<WsClient> sockets = new ArrayList<>();
    for (int v = 0; v < visitors; v++) {
      WsClient socket = WsClient.open(runtime.wsUrl() + "?c=" + runtime.demoChannel());
      socket.send(
          Json.write(List.of("JOIN", memberId(round, v), "Load " + v, runtime.demoChannel())));
      String answer = socket.next();
      if (!answer.equals("[\"OK\"]")) {
        throw new AssertionError("JOIN of visitor " + v + " answered " + answer);
      }
      sockets.add(socket);
    }
    Map<String, String> errs = new ConcurrentHashMap<>();
    List<Long> ackMicros = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(visitors, LoadRun::daemon);
    LoadProfile.Start profileStart = LoadProfile.Start.now(runtime);
    long t0 = System.nanoTime();
    List<Future<?>> sent = new ArrayList<>();
    for (int v = 0; v < visitors; v++) {
      int visitor = v;
      sent.add(
          pool.submit(
              () -> {
                WsClient socket = sockets.get(visitor);
                for (int s = 0; s < messages; s++) {
                  String token = "v" + visitor + "s" + s;
                  long start = System.nanoTime();
                  socket.send(
                      Json.write(List.of("TXT", "m" + s, tag + token, "2026-12-04T10:00:00Z")));
                  String answer = socket.received.poll(ANSWER_SECONDS, TimeUnit.SECONDS);
                  ackMicros.add((System.nanoTime() - start) / 1_000);
                  if (answer == null) {
                    errs.put(token, "no answer within " + ANSWER_SECONDS + " s");
                  } else if (!answer.startsWith("[\"ACK\"")) {
                    errs.put(token, answer);
                  }
                }
                return null;
              }));
    }
    for (Future<?> f : sent) {
      f.get(10, TimeUnit.MINUTES);
    }
    long sendNanos = System.nanoTime() - t0;
    LoadProfile profile = profileStart.until(runtime, visitors * messages);
    pool.shutdown();

    String group = runtime.telegramUrl() + "/chats/" + runtime.demoChatId() + "/messages";
    List<Object> groupMessages = Json.readArray(LocalGatewayTest.get(group).body());
    Map<String, Integer> seen = new HashMap<>();
    Map<String, Long> firstMessageId = new HashMap<>();
    Map<Integer, Integer> lastSeq = new HashMap<>();
    int reordered = 0;
    for (Object o : groupMessages) {
      Map<?, ?> m = (Map<?, ?>) o;
      String text = String.valueOf(m.get("text"));
      Matcher token = VISITOR_TOKEN.matcher(text);
      if (!text.contains(tag) || !token.find() || !Boolean.TRUE.equals(m.get("from_bot"))) {
        continue;
      }
      String key = token.group();
      seen.merge(key, 1, Integer::sum);
      firstMessageId.putIfAbsent(key, ((Number) m.get("message_id")).longValue());
      int visitor = Integer.parseInt(token.group(1));
      int seq = Integer.parseInt(token.group(2));
      if (lastSeq.getOrDefault(visitor, -1) > seq) {
        reordered++;
      }
      lastSeq.merge(visitor, seq, Math::max);
    }
    int lost = 0;
    int duplicated = 0;
    for (int v = 0; v < visitors; v++) {
      for (int s = 0; s < messages; s++) {
        int n = seen.getOrDefault("v" + v + "s" + s, 0);
        lost += n == 0 ? 1 : 0;
        duplicated += Math.max(0, n - 1);
      }
    }
    int errButDelivered = (int) errs.keySet().stream().filter(seen::containsKey).count();

    // operators answer every message that arrived, a few at a time
    Map<String, Integer> webhookStatus = new ConcurrentHashMap<>();
    ExecutorService operators = Executors.newFixedThreadPool(OPERATORS, LoadRun::daemon);
    List<Future<?>> replies = new ArrayList<>();
    for (Map.Entry<String, Long> e : firstMessageId.entrySet()) {
      String reply = "r" + e.getKey().substring(1);
      replies.add(
          operators.submit(
              () -> {
                Map<String, Object> answer =
                    Json.readObject(
                        LocalGatewayTest.post(
                                group,
                                Json.write(
                                    Map.of(
                                        "text",
                                        "answer " + reply,
                                        "reply_to_message_id",
                                        e.getValue())))
                            .body());
                webhookStatus.put(reply, ((Number) answer.get("webhook_status")).intValue());
                return null;
              }));
    }
    for (Future<?> f : replies) {
      f.get(10, TimeUnit.MINUTES);
    }
    operators.shutdown();
    int repliesLost = 0;
    int repliesDuplicated = 0;
    int crossDelivered = 0;
    int webhook5xxButDelivered = 0;
    int webhookErrors = 0;
    for (int v = 0; v < visitors; v++) {
      Map<String, Integer> got = receivedReplies(sockets.get(v), v, messages, firstMessageId);
      for (Map.Entry<String, Integer> e : got.entrySet()) {
        if (!e.getKey().startsWith("r" + v + "s")) {
          crossDelivered += e.getValue();
        }
      }
      for (int s = 0; s < messages; s++) {
        String reply = "r" + v + "s" + s;
        if (!firstMessageId.containsKey("v" + v + "s" + s)) {
          continue;
        }
        int n = got.getOrDefault(reply, 0);
        repliesLost += n == 0 ? 1 : 0;
        repliesDuplicated += Math.max(0, n - 1);
        int status = webhookStatus.getOrDefault(reply, 0);
        if (status != 200) {
          webhookErrors++;
          if (status >= 500 && n > 0) {
            webhook5xxButDelivered++;
          }
        }
      }
    }
    for (WsClient socket : sockets) {
      socket.closeBlocking();
    }
    List<Long> sorted = ackMicros.stream().sorted().toList();
    return new LoadReport(
        visitors,
        messages,
        errs.size(),
        lost,
        duplicated,
        reordered,
        errButDelivered,
        repliesLost,
        repliesDuplicated,
        crossDelivered,
        webhookErrors,
        webhook5xxButDelivered,
        sorted.get(sorted.size() / 2),
        sorted.get(Math.min(sorted.size() - 1, sorted.size() * 99 / 100)),
        visitors * messages / (sendNanos / 1e9),
        errs.values().stream().distinct().limit(3).toList(),
        profile);
  }

  /** Replies that reached this visitor's socket, waiting until the expected ones are in. */
  private static Map<String, Integer> receivedReplies(
      WsClient socket, int visitor, int messages, Map<String, Long> delivered)
      throws InterruptedException {
    long expected =
        java.util.stream.IntStream.range(0, messages)
            .filter(s -> delivered.containsKey("v" + visitor + "s" + s))
            .count();
    Map<String, Integer> got = new HashMap<>();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    int mine = 0;
    // wait for every expected reply, then a moment longer so duplicates are counted too
    while (System.nanoTime() < deadline) {
      long wait = mine >= expected ? 200 : 1_000;
      String frame = socket.received.poll(wait, TimeUnit.MILLISECONDS);
      if (frame == null) {
        if (mine >= expected) {
          break;
        }
        continue;
      }
      Matcher token = REPLY_TOKEN.matcher(frame);
      while (token.find()) {
        got.merge(token.group(), 1, Integer::sum);
        if (token.group(1).equals(String.valueOf(visitor))) {
          mine++;
        }
      }
    }
    return got;
  }

  /** Daemon threads: a failed run must not keep the JVM alive. */
  private static Thread daemon(Runnable task) {
    Thread thread = new Thread(task, "load");
    thread.setDaemon(true);
    return thread;
  }

  static String memberId(String round, int visitor) {
    return String.format("Load%s%06d", round, visitor);
  }
}
