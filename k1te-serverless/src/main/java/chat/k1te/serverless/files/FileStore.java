package chat.k1te.serverless.files;

import chat.k1te.contracts.Retention;
import chat.k1te.serverless.domain.RandomText;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
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

  /** What the bucket holds under a key, as S3 reports it (not as the client claimed). */
  public record StoredObject(long size, String contentType) {}

  private final Supplier<S3Client> s3;
  private final Supplier<S3Presigner> presigner;
  private final String bucket;
  private final Clock clock;

  public FileStore(S3Client s3, S3Presigner presigner, String bucket, Clock clock) {
    this(() -> s3, () -> presigner, bucket, clock);
  }

  /** With clients built on first use (most invocations touch no file). */
  public FileStore(
      Supplier<S3Client> s3, Supplier<S3Presigner> presigner, String bucket, Clock clock) {
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

  /** The UTC day a key was issued on (its third segment), if the key has our layout. */
  static Optional<LocalDate> issuedOn(String key) {
    String[] parts = key.split("/", -1);
    if (parts.length != 4) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(parts[2]));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /**
   * True when the bucket's lifecycle has deleted (or is about to delete) the object: it lives
   * {@link Retention#FILE_DAYS} from its day. DynamoDB's TTL deletes history late, so a history
   * item can outlive the file it links to.
   */
  public boolean expired(String key) {
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    return issuedOn(key)
        .map(day -> !day.plusDays(Retention.FILE_DAYS).isAfter(today))
        .orElse(false);
  }

  /** True when a message may still name the upload: issued today or yesterday (UTC). */
  public boolean freshUpload(String key) {
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    return issuedOn(key)
        .map(day -> !day.plusDays(Retention.UPLOAD_TO_MESSAGE_DAYS).isBefore(today))
        .orElse(false);
  }

  /** Keeps letters, digits, '.', '-' and '_' (others become '_'), at most 100 characters. */
  public static String sanitize(String fileName) {
    String name = fileName.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^[.]+", "");
    if (name.length() > 100) {
      name = name.substring(name.length() - 100);
    }
    return name.isEmpty() ? "file" : name;
  }

  /**
   * A PUT URL for exactly {@code size} bytes of {@code mimeType}: both headers are signed, so S3
   * refuses an upload of another length or type (403) instead of storing up to 5 GB.
   */
  public UploadSlot uploadSlot(
      String channel, String member, String fileName, String mimeType, long size) {
    String key = newKey(channel, member, fileName);
    String put =
        presigner
            .get()
            .presignPutObject(
                b ->
                    b.signatureDuration(URL_VALIDITY)
                        .putObjectRequest(
                            r ->
                                r.bucket(bucket)
                                    .key(key)
                                    .contentType(mimeType)
                                    .contentLength(size)))
            .url()
            .toString();
    return new UploadSlot(key, getUrl(key), put);
  }

  /** The object's size and type, or empty when nothing was uploaded under the key. */
  public Optional<StoredObject> stat(String key) {
    try {
      HeadObjectResponse head = s3.get().headObject(b -> b.bucket(bucket).key(key));
      return Optional.of(
          new StoredObject(
              head.contentLength(),
              head.contentType() == null ? "application/octet-stream" : head.contentType()));
    } catch (NoSuchKeyException e) {
      return Optional.empty();
    } catch (S3Exception e) {
      if (e.statusCode() == 404) {
        return Optional.empty();
      }
      throw e;
    }
  }

  public String getUrl(String key) {
    return presigner
        .get()
        .presignGetObject(
            b -> b.signatureDuration(URL_VALIDITY).getObjectRequest(r -> r.bucket(bucket).key(key)))
        .url()
        .toString();
  }

  /** A GET URL whose response names the file as the sender did (the key has a random prefix). */
  public String getUrl(String key, String fileName) {
    String disposition = contentDisposition(fileName);
    return presigner
        .get()
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
    s3.get()
        .putObject(
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
