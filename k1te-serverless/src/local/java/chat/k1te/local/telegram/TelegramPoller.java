package chat.k1te.local.telegram;

import chat.k1te.local.Json;
import chat.k1te.local.LocalLog;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Real-Telegram mode: long-polls {@code getUpdates} of a real bot and hands each update to the
 * local webhook (with the secret header), executing a method call the webhook answers with.
 * The webhook of the bot is deleted first (Telegram refuses getUpdates while one is set).
 */
public final class TelegramPoller implements AutoCloseable {
  private static final String API = "https://api.telegram.org/bot";
  private final String token;
  private final String webhookUrl;
  private final String secretToken;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final Thread thread;
  private volatile boolean running = true;
  private long offset;

  private TelegramPoller(String token, String webhookUrl, String secretToken) {
    this.token = token;
    this.webhookUrl = webhookUrl;
    this.secretToken = secretToken;
    this.thread = new Thread(this::loop, "kite-telegram-poller");
    this.thread.setDaemon(true);
  }

  public static TelegramPoller start(String token, String webhookUrl, String secretToken) {
    TelegramPoller poller = new TelegramPoller(token, webhookUrl, secretToken);
    poller.thread.start();
    return poller;
  }

  private void loop() {
    try {
      call("deleteWebhook", Map.of());
      while (running) {
        Map<String, Object> answer =
            call("getUpdates", Map.of("offset", offset, "timeout", 25, "allowed_updates", List.of()));
        if (answer.get("result") instanceof List<?> updates) {
          for (Object update : updates) {
            Map<?, ?> u = (Map<?, ?>) update;
            offset = ((Number) u.get("update_id")).longValue() + 1;
            forward(Json.write(u));
          }
        }
      }
    } catch (IOException e) {
      LocalLog.info("telegram", "long polling stopped: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void forward(String update) throws IOException, InterruptedException {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(webhookUrl))
                .header("Content-Type", "application/json")
                .header("X-Telegram-Bot-Api-Secret-Token", secretToken)
                .POST(HttpRequest.BodyPublishers.ofString(update))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    LocalLog.info("telegram", "update → webhook " + response.statusCode());
    try {
      if (response.statusCode() == 200 && Json.read(response.body()) instanceof Map<?, ?> reply
          && reply.get("method") instanceof String method) {
        Map<String, Object> params = new java.util.LinkedHashMap<>();
        reply.forEach((k, v) -> params.put(String.valueOf(k), v));
        params.remove("method");
        call(method, params);
      }
    } catch (IllegalArgumentException e) {
      // not JSON: nothing to execute
    }
  }

  private Map<String, Object> call(String method, Map<String, Object> params)
      throws IOException, InterruptedException {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(API + token + "/" + method))
                .timeout(Duration.ofSeconds(40))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(params)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    Map<String, Object> answer = Json.readObject(response.body());
    if (!Boolean.TRUE.equals(answer.get("ok"))) {
      LocalLog.info("telegram", method + " failed: " + answer.get("description"));
    }
    return answer;
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
  }
}
