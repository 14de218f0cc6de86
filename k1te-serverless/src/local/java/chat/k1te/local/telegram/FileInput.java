package chat.k1te.local.telegram;

import chat.k1te.local.http.Multipart;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/**
 * Resolves the {@code photo}/{@code document} argument of a send method the way Telegram does: an
 * existing {@code file_id}, an HTTP URL Telegram downloads (photos up to 5 MB, documents 20 MB), or
 * an uploaded multipart file ({@code attach://name} or the field itself).
 */
final class FileInput {
  static final long MAX_PHOTO_URL_BYTES = 5L * 1024 * 1024;
  static final long MAX_DOCUMENT_URL_BYTES = 20L * 1024 * 1024;

  /** The name a download says it has ({@code Content-Disposition}), else the URL's last segment. */
  private static final Pattern FILENAME = Pattern.compile("filename=\"?([^\";]+)\"?");

  private final TelegramStore store;
  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NORMAL)
          .build();

  FileInput(TelegramStore store) {
    this.store = store;
  }

  TgFile resolve(BotParams params, String field, boolean photo) {
    Multipart.Part part = params.files().get(field);
    String value = params.string(field).orElse("");
    if (part == null && value.startsWith("attach://")) {
      part = params.files().get(value.substring("attach://".length()));
    }
    if (part != null) {
      return store(
          part.fileName().orElse(field),
          part.contentType().orElse("application/octet-stream"),
          part.content(),
          photo);
    }
    if (value.isEmpty()) {
      throw BotApiException.badRequest("there is no " + field + " in the request");
    }
    if (value.startsWith("http://") || value.startsWith("https://")) {
      return download(value, photo);
    }
    return store
        .file(value)
        .orElseThrow(() -> BotApiException.badRequest("wrong file identifier/HTTP URL specified"));
  }

  TgFile store(String fileName, String mimeType, byte[] content, boolean photo) {
    int width = 0;
    int height = 0;
    if (photo) {
      try {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(content));
        if (image == null) {
          throw BotApiException.badRequest("IMAGE_PROCESS_FAILED");
        }
        width = image.getWidth();
        height = image.getHeight();
      } catch (IOException e) {
        throw BotApiException.badRequest("IMAGE_PROCESS_FAILED");
      }
    }
    return store.addFile(fileName, photo ? "image/jpeg" : mimeType, content, photo, width, height);
  }

  private TgFile download(String url, boolean photo) {
    HttpResponse<byte[]> response;
    try {
      response =
          http.send(
              HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(),
              HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException | IllegalArgumentException e) {
      throw BotApiException.badRequest("failed to get HTTP URL content");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw BotApiException.badRequest("failed to get HTTP URL content");
    }
    if (response.statusCode() != 200) {
      throw BotApiException.badRequest("failed to get HTTP URL content");
    }
    long limit = photo ? MAX_PHOTO_URL_BYTES : MAX_DOCUMENT_URL_BYTES;
    if (response.body().length > limit) {
      throw BotApiException.badRequest("file is too big");
    }
    String path = URI.create(url).getRawPath();
    String name =
        response
            .headers()
            .firstValue("Content-Disposition")
            .map(FILENAME::matcher)
            .filter(Matcher::find)
            .map(m -> m.group(1))
            .orElse(
                URLDecoder.decode(
                    path.substring(path.lastIndexOf('/') + 1).replace("+", "%2B"),
                    StandardCharsets.UTF_8));
    String type = response.headers().firstValue("Content-Type").orElse("application/octet-stream");
    return store(name.isEmpty() ? "file" : name, type, response.body(), photo);
  }
}
