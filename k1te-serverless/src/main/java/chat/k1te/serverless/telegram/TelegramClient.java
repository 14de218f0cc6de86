package chat.k1te.serverless.telegram;

import chat.k1te.serverless.json.Json;
import chat.k1te.serverless.json.JsonException;
import chat.k1te.serverless.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A thin typed client of the Telegram Bot API over the JDK HTTP client. Errors carry Telegram's
 * code and description; the token is never part of a message.
 */
public final class TelegramClient {
  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  // Bot API answers to the methods used here are a few kilobytes; a larger one is not Telegram's
  static final int MAX_ANSWER_BYTES = 1 << 20;
  // getFile serves files of up to 20 MB; nothing larger can be a Telegram download
  static final int MAX_FILE_BYTES = 20 << 20;
  // what Bot API tokens are made of; anything else would end up in a URI syntax error message
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9:_-]+");

  private final HttpClient http;
  private final String base;
  private final String token;

  public TelegramClient(HttpClient http, URI baseUrl, String token) {
    this.http = http;
    String b = baseUrl.toString();
    this.base = b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
    if (!TOKEN.matcher(token).matches()) {
      throw new IllegalArgumentException(
          "the Telegram bot token must consist of letters, digits, ':', '_' or '-' (value hidden)");
    }
    this.token = token;
  }

  public static HttpClient defaultHttpClient() {
    return HttpClient.newBuilder()
        .connectTimeout(Duration.ofSeconds(5))
        .followRedirects(HttpClient.Redirect.NORMAL)
        .build();
  }

  /** Calls a method with a JSON body; returns its {@code result}. */
  public Object call(String method, Map<String, Object> parameters) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + "/bot" + token + "/" + method))
            .timeout(TIMEOUT)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(Json.write(parameters)))
            .build();
    HttpResponse<InputStream> response;
    String answer;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
      answer =
          new String(
              readBounded(response, MAX_ANSWER_BYTES, method + " answer"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new TelegramApiException(
          0, method + " failed: " + e.getClass().getSimpleName() + " " + hide(e.getMessage()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TelegramApiException(0, method + " interrupted");
    }
    JsonObject body;
    try {
      body = new JsonObject(Json.parseObject(answer));
    } catch (JsonException e) {
      throw new TelegramApiException(
          response.statusCode(),
          method + " answered HTTP " + response.statusCode() + " without JSON");
    }
    if (!body.bool("ok")) {
      throw new TelegramApiException(
          body.number("error_code").orElse((long) response.statusCode()).intValue(),
          body.string("description").orElse("no description"));
    }
    return body.map().get("result");
  }

  /**
   * Reads at most {@code limit} bytes of a body in the caller's thread; a larger body is refused
   * without buffering it, so a misbehaving endpoint cannot exhaust the function's memory.
   */
  private static byte[] readBounded(HttpResponse<InputStream> response, int limit, String what)
      throws IOException {
    long announced = response.headers().firstValueAsLong("Content-Length").orElse(-1);
    try (InputStream in = response.body()) {
      if (announced > limit) {
        throw new TelegramApiException(
            response.statusCode(), what + " is larger than " + limit + " bytes: refused");
      }
      byte[] bytes = in.readNBytes(limit + 1);
      if (bytes.length > limit) {
        throw new TelegramApiException(
            response.statusCode(), what + " is larger than " + limit + " bytes: refused");
      }
      return bytes;
    }
  }

  private String hide(String text) {
    return text == null ? "" : text.replace(token, "<token>");
  }

  private long messageId(Object result) {
    return JsonObject.of(result)
        .number("message_id")
        .orElseThrow(() -> new TelegramApiException(0, "no message_id in Telegram's answer"));
  }

  public long sendMessage(long chatId, String text, Optional<String> parseMode) {
    Map<String, Object> p = params("chat_id", chatId, "text", text);
    parseMode.ifPresent(m -> p.put("parse_mode", m));
    return messageId(call("sendMessage", p));
  }

  /** Sends a file by URL or file_id: a photo for jpeg/png, a document otherwise. */
  public long sendFile(long chatId, String urlOrFileId, String mimeType, Optional<String> caption) {
    boolean photo = isPhoto(mimeType);
    Map<String, Object> p = params("chat_id", chatId, photo ? "photo" : "document", urlOrFileId);
    caption.ifPresent(c -> p.put("caption", c));
    return messageId(call(photo ? "sendPhoto" : "sendDocument", p));
  }

  public static boolean isPhoto(String mimeType) {
    return mimeType.startsWith("image/")
        && !mimeType.equals("image/gif")
        && !mimeType.equals("image/webp");
  }

  public void pin(long chatId, long messageId) {
    call(
        "pinChatMessage",
        params("chat_id", chatId, "message_id", messageId, "disable_notification", true));
  }

  public void unpin(long chatId, long messageId) {
    call("unpinChatMessage", params("chat_id", chatId, "message_id", messageId));
  }

  public void deleteMessage(long chatId, long messageId) {
    call("deleteMessage", params("chat_id", chatId, "message_id", messageId));
  }

  /** The {@code file_path} of a file to download. */
  public String filePath(String fileId) {
    return JsonObject.of(call("getFile", params("file_id", fileId)))
        .string("file_path")
        .orElseThrow(() -> new TelegramApiException(0, "getFile returned no file_path"));
  }

  public byte[] download(String filePath) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + "/file/bot" + token + "/" + filePath))
            .timeout(Duration.ofSeconds(20))
            .GET()
            .build();
    try {
      HttpResponse<InputStream> response =
          http.send(request, HttpResponse.BodyHandlers.ofInputStream());
      if (response.statusCode() != 200) {
        response.body().close();
        throw new TelegramApiException(
            response.statusCode(), "file download answered HTTP " + response.statusCode());
      }
      return readBounded(response, MAX_FILE_BYTES, "file download");
    } catch (IOException e) {
      throw new TelegramApiException(0, "file download failed: " + e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TelegramApiException(0, "file download interrupted");
    }
  }

  public String botUsername() {
    return JsonObject.of(call("getMe", Map.of())).string("username").orElse("the bot");
  }

  public void setWebhook(String url, String secretToken, List<String> allowedUpdates) {
    call(
        "setWebhook",
        params("url", url, "secret_token", secretToken, "allowed_updates", allowedUpdates));
  }

  public void deleteWebhook() {
    call("deleteWebhook", Map.of());
  }

  private static Map<String, Object> params(Object... keyValues) {
    Map<String, Object> p = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      p.put((String) keyValues[i], keyValues[i + 1]);
    }
    return p;
  }
}
