package chat.k1te.local;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Start-up and round-trip times of the local runtime (not a test: timings are not asserted). {@code
 * ./mvnw -q -pl k1te-serverless -am test-compile exec:java
 * -Dkite.local.main=chat.k1te.local.LocalRuntimeBenchmark [-Dexec.args=<starts>]}
 */
public final class LocalRuntimeBenchmark {
  private LocalRuntimeBenchmark() {}

  public static void main(String[] args) throws Exception {
    LocalLog.setEnabled(false);
    int starts = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    List<Long> startup = new ArrayList<>();
    List<Long> stop = new ArrayList<>();
    List<Long> visitorToGroup = new ArrayList<>();
    List<Long> operatorToVisitor = new ArrayList<>();
    for (int i = 0; i < starts; i++) {
      LocalRuntime runtime = LocalRuntime.start(LocalRuntimeOptions.defaults().withPort(0));
      startup.add(runtime.startupMillis());
      String group = runtime.telegramUrl() + "/chats/" + runtime.demoChatId() + "/messages";
      WsClient visitor = WsClient.open(runtime.wsUrl() + "?c=" + runtime.demoChannel());
      String member = ("Bench" + i + "XXXXXXXXX").substring(0, 10);
      visitor.send(Json.write(Arrays.asList("JOIN", member, null, runtime.demoChannel())));
      visitor.next();
      for (int m = 0; m < 10; m++) {
        long t0 = System.nanoTime();
        visitor.send(Json.write(List.of("TXT", "b" + m, "message " + m, "2026-11-28T10:00:00Z")));
        visitor.next(); // ACK: the text is in the group
        visitorToGroup.add((System.nanoTime() - t0) / 1_000);
        List<Object> messages = Json.readArray(LocalGatewayTest.get(group).body());
        Object last = ((Map<?, ?>) messages.get(messages.size() - 1)).get("message_id");
        long t1 = System.nanoTime();
        LocalGatewayTest.post(
            group, Json.write(Map.of("text", "answer " + m, "reply_to_message_id", last)));
        visitor.next(); // the answer on the socket
        operatorToVisitor.add((System.nanoTime() - t1) / 1_000);
      }
      visitor.closeBlocking();
      long t2 = System.nanoTime();
      runtime.close();
      stop.add((System.nanoTime() - t2) / 1_000_000);
    }
    System.out.println("start-up ms (first = cold JVM): " + startup);
    System.out.println("stop ms: " + stop);
    System.out.println("visitor TXT → ACK (in the group), µs: " + summary(visitorToGroup));
    System.out.println("operator reply → visitor socket, µs: " + summary(operatorToVisitor));
  }

  private static String summary(List<Long> micros) {
    List<Long> sorted = micros.stream().sorted().toList();
    return "median "
        + sorted.get(sorted.size() / 2)
        + ", p90 "
        + sorted.get(sorted.size() * 9 / 10)
        + ", max "
        + sorted.get(sorted.size() - 1)
        + " (n="
        + sorted.size()
        + ")";
  }
}
