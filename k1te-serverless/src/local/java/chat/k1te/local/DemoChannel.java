package chat.k1te.local;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Hosts the demo channel at start: an operator posts {@code /host kite-demo} in the demo group. */
final class DemoChannel {
  private DemoChannel() {}

  static void host(LocalRuntime runtime) {
    String body =
        Json.write(
            Map.of(
                "text",
                "/host " + LocalRuntime.DEMO_CHANNEL,
                "chat_title",
                LocalRuntime.DEMO_CHAT_TITLE,
                "from",
                Map.of("id", 1001, "first_name", "Operator")));
    String chat = runtime.telegramUrl() + "/chats/" + LocalRuntime.DEMO_CHAT_ID + "/messages";
    try {
      HttpClient http = HttpClient.newHttpClient();
      HttpResponse<String> posted =
          http.send(
              HttpRequest.newBuilder(URI.create(chat))
                  .timeout(Duration.ofSeconds(60))
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      List<Object> messages =
          Json.readArray(
              http.send(
                      HttpRequest.newBuilder(URI.create(chat)).build(),
                      HttpResponse.BodyHandlers.ofString())
                  .body());
      Object reply =
          messages.isEmpty() ? null : ((Map<?, ?>) messages.get(messages.size() - 1)).get("text");
      LocalLog.info(
          "demo",
          "/host "
              + LocalRuntime.DEMO_CHANNEL
              + " → webhook "
              + Json.readObject(posted.body()).get("webhook_status")
              + ", bot: "
              + reply);
    } catch (Exception e) {
      LocalLog.info("demo", "could not host the demo channel: " + e);
    }
  }
}
