package chat.k1te.e2e.telegram.standin;

import chat.k1te.e2e.telegram.TgMessage;
import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Telegram stand-in's control API of the local runtime, over the JDK HTTP client: post as a
 * person in a chat, read what a chat shows, download what the bot sent.
 */
public final class ControlApi {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final URI base;
  private final HttpClient http;

  /** {@code telegramUrl} is the stand-in's base, e.g. {@code http://127.0.0.1:8080/telegram}. */
  public ControlApi(URI telegramUrl) {
    String url = telegramUrl.toString();
    this.base = URI.create(url.endsWith("/") ? url : url + "/");
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  }

  public TgMessage postMessage(long chatId, Map<String, Object> message) {
    return toMessage(parseObject(send(post("chats/" + chatId + "/messages", message))));
  }

  /** The author edits the message's text (the stand-in sends an {@code edited_message}). */
  public TgMessage editMessage(long chatId, long messageId, String text) {
    return toMessage(
        parseObject(
            send(post("chats/" + chatId + "/messages/" + messageId, Map.of("text", text)))));
  }

  public TgMessage postFile(long chatId, Map<String, Object> file) {
    return toMessage(parseObject(send(post("chats/" + chatId + "/files", file))));
  }

  public List<TgMessage> messages(long chatId) {
    String body = send(HttpRequest.newBuilder(base.resolve("chats/" + chatId + "/messages")));
    try {
      return JSON.std.listFrom(body).stream().map(item -> toMessage(asMap(item))).toList();
    } catch (IOException e) {
      throw new IllegalStateException("stand-in answered with malformed JSON: " + body, e);
    }
  }

  public byte[] download(String fileId) {
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve("files/" + fileId)).timeout(TIMEOUT).GET().build();
    HttpResponse<byte[]> response = exchange(request, HttpResponse.BodyHandlers.ofByteArray());
    return response.body();
  }

  private HttpRequest.Builder post(String path, Map<String, Object> body) {
    try {
      return HttpRequest.newBuilder(base.resolve(path))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(JSON.std.asString(body)));
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot encode " + body, e);
    }
  }

  private String send(HttpRequest.Builder request) {
    return exchange(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString()).body();
  }

  private <T> HttpResponse<T> exchange(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
    try {
      HttpResponse<T> response = http.send(request, handler);
      if (response.statusCode() / 100 != 2) {
        throw new IllegalStateException(
            request.method()
                + " "
                + request.uri()
                + " answered "
                + response.statusCode()
                + ": "
                + response.body());
      }
      return response;
    } catch (IOException e) {
      throw new IllegalStateException(request.method() + " " + request.uri() + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted: " + request.uri(), e);
    }
  }

  static TgMessage toMessage(Map<String, Object> json) {
    return new TgMessage(
        number(json, "message_id").orElseThrow(() -> missing("message_id", json)),
        Boolean.TRUE.equals(json.get("from_bot")),
        Optional.ofNullable(json.get("text"))
            .or(() -> Optional.ofNullable(json.get("caption")))
            .map(Object::toString)
            .orElse(""),
        number(json, "reply_to_message_id"),
        Boolean.TRUE.equals(json.get("pinned")),
        Boolean.TRUE.equals(json.get("photo")),
        string(json, "file_name"),
        string(json, "mime_type"),
        string(json, "file_id"));
  }

  private static Optional<Long> number(Map<String, Object> json, String key) {
    return Optional.ofNullable(json.get(key)).map(v -> ((Number) v).longValue());
  }

  private static Optional<String> string(Map<String, Object> json, String key) {
    return Optional.ofNullable(json.get(key)).map(Object::toString);
  }

  private static IllegalStateException missing(String key, Map<String, Object> json) {
    return new IllegalStateException("stand-in message without " + key + ": " + json);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asMap(Object item) {
    return (Map<String, Object>) item;
  }

  private static Map<String, Object> parseObject(String body) {
    try {
      return JSON.std.mapFrom(body);
    } catch (IOException e) {
      throw new IllegalStateException("stand-in answered with malformed JSON: " + body, e);
    }
  }

  @Override
  public String toString() {
    return "Telegram stand-in at " + base;
  }
}
