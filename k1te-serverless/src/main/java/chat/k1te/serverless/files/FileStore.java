package chat.k1te.serverless.files;

import chat.k1te.serverless.domain.RandomText;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Files in the stage bucket under {@code <channel>/<member>/<yyyy-MM-dd UTC>/<random>-<name>}: a
 * random prefix so equal names never overwrite, a sanitized name so it never adds a prefix level.
 */
public final class FileStore {
  public static final Duration URL_VALIDITY = Duration.ofMinutes(60);
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withZone(ZoneOffset.UTC);

  /** A presigned upload slot. */
  public record UploadSlot(String key, String getUrl, String putUrl) {}

  private final S3Client s3;
  private final S3Presigner presigner;
  private final String bucket;
  private final Clock clock;

  public FileStore(S3Client s3, S3Presigner presigner, String bucket, Clock clock) {
    this.s3 = s3;
    this.presigner = presigner;
    this.bucket = bucket;
    this.clock = clock;
  }

  public String newKey(String channel, String member, String fileName) {
    String prefix = RandomText.of(10, RandomText.LOWER_ALPHANUMERIC);
    return channel
        + "/"
        + member
        + "/"
        + DAY.format(clock.instant())
        + "/"
        + prefix
        + "-"
        + sanitize(fileName);
  }

  /** Keeps letters, digits, '.', '-' and '_' (others become '_'), at most 100 characters. */
  public static String sanitize(String fileName) {
    String name = fileName.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^[.]+", "");
    if (name.length() > 100) {
      name = name.substring(name.length() - 100);
    }
    return name.isEmpty() ? "file" : name;
  }

  public UploadSlot uploadSlot(String channel, String member, String fileName, String mimeType) {
    String key = newKey(channel, member, fileName);
    String put =
        presigner
            .presignPutObject(
                b ->
                    b.signatureDuration(URL_VALIDITY)
                        .putObjectRequest(r -> r.bucket(bucket).key(key).contentType(mimeType)))
            .url()
            .toString();
    return new UploadSlot(key, getUrl(key), put);
  }

  public String getUrl(String key) {
    return presigner
        .presignGetObject(
            b -> b.signatureDuration(URL_VALIDITY).getObjectRequest(r -> r.bucket(bucket).key(key)))
        .url()
        .toString();
  }

  /** A GET URL whose response names the file as the sender did (the key has a random prefix). */
  public String getUrl(String key, String fileName) {
    String disposition = contentDisposition(fileName);
    return presigner
        .presignGetObject(
            b ->
                b.signatureDuration(URL_VALIDITY)
                    .getObjectRequest(
                        r -> r.bucket(bucket).key(key).responseContentDisposition(disposition)))
        .url()
        .toString();
  }

  /** {@code inline; filename="ascii"; filename*=UTF-8''percent-encoded} (RFC 6266). */
  static String contentDisposition(String fileName) {
    String ascii = fileName.replaceAll("[^\\x20-\\x7E]|[\"\\\\]", "_");
    String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    return "inline; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
  }

  public void put(String key, byte[] content, String mimeType) {
    s3.putObject(
        b ->
            b.bucket(bucket)
                .key(key)
                .contentType(mimeType)
                .cacheControl("max-age=31536000, immutable"),
        RequestBody.fromBytes(content));
  }

  /**
   * The key of a URL this store issued (path-style {@code /<bucket>/<key>} or virtual-hosted {@code
   * <bucket>.host/<key>}); empty for any other URL.
   */
  public Optional<String> keyOf(String url) {
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    String path = uri.getPath();
    if (path == null || uri.getHost() == null) {
      return Optional.empty();
    }
    String key;
    if (uri.getHost().startsWith(bucket + ".")) {
      key = path.startsWith("/") ? path.substring(1) : path;
    } else if (path.startsWith("/" + bucket + "/")) {
      key = path.substring(bucket.length() + 2);
    } else {
      return Optional.empty();
    }
    return key.isEmpty() || key.contains("..") ? Optional.empty() : Optional.of(key);
  }
}
