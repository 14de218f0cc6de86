package chat.k1te.serverless.domain;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** What may be sent: text up to 4096 UTF-8 bytes, files of some types up to 5 or 20 MB. */
public final class MediaPolicy {
  public static final int MAX_TEXT_BYTES = 4096;
  private static final long MB = 1024 * 1024;
  private static final Map<String, Long> MAX_FILE_BYTES =
      Map.of(
          "application/pdf", 20 * MB,
          "application/zip", 20 * MB,
          "application/x-zip-compressed", 20 * MB,
          "image/webp", 20 * MB,
          "image/gif", 20 * MB,
          "video/mp4", 20 * MB,
          "image/jpeg", 5 * MB,
          "image/png", 5 * MB);

  private MediaPolicy() {}

  public static void checkText(String text) {
    int bytes = text.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > MAX_TEXT_BYTES) {
      throw tooLarge(MAX_TEXT_BYTES, bytes);
    }
  }

  public static void checkFile(String mimeType, long size) {
    Long max = MAX_FILE_BYTES.get(mimeType);
    if (max == null) {
      throw KiteException.badRequest("Unsupported Media type " + mimeType);
    }
    if (size > max) {
      throw tooLarge(max, size);
    }
  }

  private static KiteException tooLarge(long max, long actual) {
    return KiteException.badRequest(
        "The provided content is too large. Allowed max size: "
            + max / 1024
            + "KB but actual size: "
            + (actual + 1023) / 1024
            + "KB");
  }
}
