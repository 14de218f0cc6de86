package chat.k1te.local.telegram;

import chat.k1te.local.Json;
import chat.k1te.local.LocalLog;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;

/**
 * Delivers updates to the registered webhook one at a time, in order, like Telegram: POST with the
 * {@code X-Telegram-Bot-Api-Secret-Token} header; a method call in the response body is executed.
 * Unlike Telegram, a failed delivery is not retried (the status is reported to the caller).
 */
final class WebhookDelivery implements AutoCloseable {
  private final TelegramStore store;
  private final AtomicReference<Optional<WebhookConfig>> webhook;
  private final BiConsumer<String, Map<String, Object>> replyExecutor;
  private final ExecutorService queue =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "kite-telegram-webhook");
            t.setDaemon(true);
            return t;
          });

  /** The updates sent so far (the latest ones), for {@link #redeliver}. */
  private final Map<Long, Map<String, Object>> sent =
      java.util.Collections.synchronizedMap(
          new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Map<String, Object>> eldest) {
              return size() > 1_000;
            }
          });

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  WebhookDelivery(
      TelegramStore store,
      AtomicReference<Optional<WebhookConfig>> webhook,
      BiConsumer<String, Map<String, Object>> replyExecutor) {
    this.store = store;
    this.webhook = webhook;
    this.replyExecutor = replyExecutor;
  }

  /**
   * Queues an update of that type; completes with the webhook's HTTP status, or 0 when the update
   * was not sent (no webhook, or its {@code allowed_updates} excludes the type).
   */
  CompletableFuture<Integer> deliver(String type, Map<String, Object> payload) {
    return CompletableFuture.supplyAsync(() -> post(type, payload), queue);
  }

  private int post(String type, Map<String, Object> payload) {
    Optional<WebhookConfig> config = webhook.get().filter(c -> c.allows(type));
    if (config.isEmpty()) {
      return 0;
    }
    Map<String, Object> update = new LinkedHashMap<>();
    update.put("update_id", store.nextUpdateId());
    update.put(type, payload);
    sent.put(((Number) update.get("update_id")).longValue(), update);
    return send(config.get(), type, update);
  }

  /**
   * Sends an update again, byte for byte, as Telegram does when it did not see the webhook's 2xx
   * (e.g. the answer was lost); completes with the webhook's status, 0 when unknown.
   */
  CompletableFuture<Integer> redeliver(long updateId) {
    return CompletableFuture.supplyAsync(
        () -> {
          Map<String, Object> update = sent.get(updateId);
          Optional<WebhookConfig> config = webhook.get();
          if (update == null || config.isEmpty()) {
            return 0;
          }
          String type = update.keySet().stream().skip(1).findFirst().orElse("message");
          return send(config.get(), type, update);
        },
        queue);
  }

  /** The id of the latest update sent, if any. */
  Optional<Long> lastUpdateId() {
    synchronized (sent) {
      return sent.keySet().stream().reduce((a, b) -> b);
    }
  }

  private int send(WebhookConfig config, String type, Map<String, Object> update) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(config.url()))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(Json.write(update)));
    if (config.secretToken() != null) {
      request.header("X-Telegram-Bot-Api-Secret-Token", config.secretToken());
    }
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      LocalLog.info(
          "telegram",
          "update "
              + update.get("update_id")
              + " ("
              + type
              + ") → webhook "
              + response.statusCode());
      if (response.statusCode() == 200) {
        executeReply(response.body());
      }
      return response.statusCode();
    } catch (IOException e) {
      LocalLog.info("telegram", "webhook unreachable: " + e);
      return 502;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 502;
    }
  }

  /** A webhook may answer with a method call, e.g. {@code {"method":"sendMessage",…}}. */
  private void executeReply(String body) {
    Object parsed;
    try {
      parsed = Json.read(body);
    } catch (IllegalArgumentException e) {
      return; // plain "ok" and the like
    }
    if (parsed instanceof Map<?, ?> map && map.get("method") instanceof String method) {
      Map<String, Object> params = new LinkedHashMap<>();
      map.forEach((k, v) -> params.put(String.valueOf(k), v));
      params.remove("method");
      replyExecutor.accept(method, params);
    }
  }

  @Override
  public void close() {
    queue.shutdownNow();
  }
}
