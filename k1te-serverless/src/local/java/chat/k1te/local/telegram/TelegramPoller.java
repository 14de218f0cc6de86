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
 * local webhook (with the secret header), executing a method call the webhook answers with. The
 * webhook of the bot is deleted first (Telegram refuses getUpdates while one is set).
 */
public final class TelegramPoller implements AutoCloseable {
  public static final String TELEGRAM_API = "https://api.telegram.org";
  private static final long RETRY_MILLIS = 5_000;
  private final String api;
  private final String webhookUrl;
  private final String secretToken;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final Thread thread;
  private volatile boolean running = true;
  private long offset;

  private TelegramPoller(String apiBase, String token, String webhookUrl, String secretToken) {
    this.api = apiBase + "/bot" + token + "/";
    this.webhookUrl = webhookUrl;
    this.secretToken = secretToken;
    this.thread = new Thread(this::loop, "kite-telegram-poller");
    this.thread.setDaemon(true);
  }

  public static TelegramPoller start(String token, String webhookUrl, String secretToken) {
    return start(TELEGRAM_API, token, webhookUrl, secretToken);
  }

  /** With another Bot API base URL (tests use a stub server). */
  public static TelegramPoller start(
      String apiBase, String token, String webhookUrl, String secretToken) {
    TelegramPoller poller = new TelegramPoller(apiBase, token, webhookUrl, secretToken);
    poller.thread.start();
    return poller;
  }

  private void loop() {
    boolean webhookDeleted = false;
    while (running) {
      try {
        if (!webhookDeleted) {
          webhookDeleted = Boolean.TRUE.equals(call("deleteWebhook", Map.of()).get("ok"));
          if (!webhookDeleted) {
            pause();
            continue;
          }
        }
        Map<String, Object> answer =
            call(
                "getUpdates",
                Map.of("offset", offset, "timeout", 25, "allowed_updates", List.of()));
        if (!(answer.get("result") instanceof List<?> updates)) {
          pause(); // e.g. 401 for a revoked token, 409 when a webhook was set again
          continue;
        }
        for (Object update : updates) {
          Map<?, ?> u = (Map<?, ?>) update;
          offset = ((Number) u.get("update_id")).longValue() + 1;
          forward(Json.write(u));
        }
      } catch (IOException | IllegalArgumentException e) {
        LocalLog.info("telegram", "long polling failed, retrying: " + e.getMessage());
        pause();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private void pause() {
    try {
      Thread.sleep(RETRY_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
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
      if (response.statusCode() == 200
          && Json.read(response.body()) instanceof Map<?, ?> reply
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
            HttpRequest.newBuilder(URI.create(api + method))
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
