package chat.k1te.ci.artifacts;

import chat.k1te.ci.CiException;
import chat.k1te.contracts.Artifacts;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The artifacts bucket as build records see it: pin an object's current version with the SHA-256 of
 * its bytes, write a record once, read a record and check a pinned version still hashes the same.
 * {@code calls} wraps every S3 call (retries in {@code codebuild run}).
 */
public final class ArtifactStore {
  /** How an S3 call is made: directly, or through a retrying wrapper. */
  public interface Calls {
    <T> T call(String what, Supplier<T> call);
  }

  private final S3Client s3;
  private final String bucket;
  private final Calls calls;

  public ArtifactStore(S3Client s3, String bucket, Calls calls) {
    this.s3 = s3;
    this.bucket = bucket;
    this.calls = calls;
  }

  public String url(String key) {
    return "s3://" + bucket + "/" + key;
  }

  /** The current version of {@code key} and the hash of exactly that version; empty when absent. */
  public Optional<BuildRecord.Pinned> pinCurrent(String key) {
    HeadObjectResponse head;
    try {
      head =
          calls.call("HeadObject " + url(key), () -> s3.headObject(h -> h.bucket(bucket).key(key)));
    } catch (CiException e) {
      if (notFound(e)) {
        return Optional.empty();
      }
      throw e;
    }
    String version = head.versionId();
    if (version == null || version.isBlank() || version.equals("null")) {
      throw CiException.remoteState(
          url(key)
              + " has no version id: the artifacts bucket must be versioned (apply kite-build)");
    }
    return Optional.of(new BuildRecord.Pinned(version, sha256(key, version)));
  }

  /** Base64 SHA-256 of one version of an object, as Lambda reports {@code CodeSha256}. */
  public String sha256(String key, String versionId) {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    try (InputStream in =
        calls.call(
            "GetObject " + url(key) + "?versionId=" + versionId,
            () -> s3.getObject(g -> g.bucket(bucket).key(key).versionId(versionId)))) {
      byte[] buffer = new byte[64 * 1024];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + url(key), e);
    }
    return Base64.getEncoder().encodeToString(digest.digest());
  }

  public Optional<BuildRecord> record(String commit) {
    String key = Artifacts.buildRecordKey(commit);
    ResponseBytes<GetObjectResponse> bytes;
    try {
      bytes =
          calls.call(
              "GetObject " + url(key), () -> s3.getObjectAsBytes(g -> g.bucket(bucket).key(key)));
    } catch (CiException e) {
      if (notFound(e)) {
        return Optional.empty();
      }
      throw e;
    }
    return Optional.of(
        BuildRecord.parse(url(key), new String(bytes.asByteArray(), StandardCharsets.UTF_8)));
  }

  /**
   * Creates the record with {@code If-None-Match: *}. Returns false, writing nothing, when a record
   * already exists (another build of the same commit won the race): records are never replaced.
   */
  public boolean createRecord(BuildRecord record) {
    String key = Artifacts.buildRecordKey(record.commit());
    try {
      calls.call(
          "PutObject " + url(key),
          () ->
              s3.putObject(
                  p -> p.bucket(bucket).key(key).contentType("application/json").ifNoneMatch("*"),
                  RequestBody.fromString(record.toJson(), StandardCharsets.UTF_8)));
      return true;
    } catch (CiException e) {
      if (e.getCause() instanceof S3Exception s3Error && s3Error.statusCode() == 412) {
        return false;
      }
      throw e;
    }
  }

  private static boolean notFound(CiException e) {
    return e.getCause() instanceof S3Exception s3Error && s3Error.statusCode() == 404;
  }
}
