package chat.k1te.serverless.support;

import chat.k1te.serverless.json.Json;
import chat.k1te.serverless.json.JsonException;
import chat.k1te.serverless.json.JsonObject;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The Telegram Bot API as seen by the bot: {@code /bot<token>/<method>} with JSON parameters,
 * answering {@code {"ok":true,"result":…}} or {@code {"ok":false,"error_code":…,"description":…}},
 * and file downloads at {@code /file/bot<token>/<file_path>}.
 */
public final class TelegramStub extends HttpStub {
  public static final String BOT_USERNAME = "kite_test_bot";

  /** One recorded call. */
  public record Call(String method, JsonObject params) {
    public long chatId() {
      return params.number("chat_id").orElse(0L);
    }

    public String text() {
      return params.string("text").orElse("");
    }
  }

  private final String token;
  private final List<Call> calls = new ArrayList<>();
  private final Map<String, byte[]> files = new ConcurrentHashMap<>();
  private final Map<String, String> failures = new ConcurrentHashMap<>();
  private final AtomicLong messageIds = new AtomicLong(1000);
  private volatile Map<String, Object> webhookInfo = Map.of("url", "", "pending_update_count", 0);
  private final Map<String, Runnable> afterCall = new ConcurrentHashMap<>();
  private final Map<String, byte[]> rawAnswers = new ConcurrentHashMap<>();

  public TelegramStub(String token) {
    this.token = token;
  }

  public void addFile(String fileId, byte[] content) {
    files.put(fileId, content);
  }

  /** Makes every call of a method fail with this code and description. */
  public void fail(String method, int code, String description) {
    failures.put(method, code + " " + description);
  }

  /** What getWebhookInfo answers (Telegram's WebhookInfo object). */
  public void webhookInfo(Map<String, Object> info) {
    webhookInfo = Map.copyOf(info);
  }

  /** Runs once after the next successful call of the method (a fault that follows a send). */
  public void afterNext(String method, Runnable action) {
    afterCall.put(method, action);
  }

  /**
   * Makes every call of a method answer 200 with these bytes, chunked without a Content-Length (an
   * answer Telegram never gives).
   */
  public void answerRaw(String method, byte[] body) {
    rawAnswers.put(method, body);
  }

  public void clearFailures() {
    failures.clear();
  }

  public synchronized List<Call> calls() {
    return List.copyOf(calls);
  }

  public synchronized List<Call> calls(String method) {
    return calls.stream().filter(c -> c.method().equals(method)).toList();
  }

  public synchronized List<Call> callsTo(long chatId) {
    return calls.stream().filter(c -> c.chatId() == chatId).toList();
  }

  public synchronized void clear() {
    calls.clear();
  }

  public long lastMessageId() {
    return messageIds.get();
  }

  @Override
  protected void handle(HttpExchange exchange, String body) throws IOException {
    String path = exchange.getRequestURI().getPath();
    String filePrefix = "/file/bot" + token + "/";
    if (path.startsWith(filePrefix)) {
      String fileId = path.substring(filePrefix.length()).replaceFirst("^documents/", "");
      byte[] content = files.get(fileId);
      if (content == null) {
        respond(exchange, 404, Map.of(), "not found");
      } else {
        respond(exchange, 200, Map.of(), content);
      }
      return;
    }
    String prefix = "/bot" + token + "/";
    if (!path.startsWith(prefix)) {
      json(exchange, 401, error(401, "Unauthorized"));
      return;
    }
    String method = path.substring(prefix.length());
    JsonObject params;
    try {
      params = body.isBlank() ? new JsonObject(Map.of()) : new JsonObject(Json.parseObject(body));
    } catch (JsonException e) {
      json(exchange, 400, error(400, "Bad Request: can't parse JSON"));
      return;
    }
    synchronized (this) {
      calls.add(new Call(method, params));
    }
    byte[] raw = rawAnswers.get(method);
    if (raw != null) {
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, 0);
      exchange.getResponseBody().write(raw);
      return;
    }
    String failure = failures.get(method);
    if (failure != null) {
      int code = Integer.parseInt(failure.substring(0, failure.indexOf(' ')));
      json(exchange, code, error(code, failure.substring(failure.indexOf(' ') + 1)));
      return;
    }
    Object result =
        switch (method) {
          case "sendMessage", "sendPhoto", "sendDocument", "copyMessage" ->
              Map.of(
                  "message_id",
                  messageIds.incrementAndGet(),
                  "chat",
                  Map.of("id", params.number("chat_id").orElse(0L)));
          case "getMe" -> Map.of("id", 42, "is_bot", true, "username", BOT_USERNAME);
          case "getWebhookInfo" -> webhookInfo;
          case "getFile" -> {
            String fileId = params.string("file_id").orElse("");
            if (!files.containsKey(fileId)) {
              json(exchange, 400, error(400, "Bad Request: invalid file_id"));
              yield null;
            }
            yield Map.of("file_id", fileId, "file_path", "documents/" + fileId);
          }
          default -> true;
        };
    if (result != null) {
      Runnable after = afterCall.remove(method);
      if (after != null) {
        after.run();
      }
      json(exchange, 200, Map.of("ok", true, "result", result));
    }
  }

  private static Map<String, Object> error(int code, String description) {
    return Map.of("ok", false, "error_code", code, "description", description);
  }

  private static void json(HttpExchange exchange, int status, Object value) throws IOException {
    respond(exchange, status, Map.of("Content-Type", "application/json"), Json.write(value));
  }
}
