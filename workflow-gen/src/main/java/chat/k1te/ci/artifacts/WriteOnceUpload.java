package chat.k1te.ci.artifacts;

import chat.k1te.ci.CiException;
import chat.k1te.contracts.Artifacts;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Puts an object only if its key is free: S3's conditional write ({@code If-None-Match: *}) answers
 * 412 when the key exists, so two concurrent uploads cannot both win. When the key is taken, the
 * stored SHA-256 metadata tells a repeat of the same upload from a different package.
 */
final class WriteOnceUpload {
  enum Result {
    UPLOADED,
    ALREADY_THERE
  }

  private final S3Client s3;
  private final String bucket;

  WriteOnceUpload(S3Client s3, String bucket) {
    this.s3 = s3;
    this.bucket = bucket;
  }

  Result put(String key, LambdaPackage zip) {
    try {
      s3.putObject(
          p ->
              p.bucket(bucket)
                  .key(key)
                  .contentType("application/zip")
                  .ifNoneMatch("*")
                  .metadata(Map.of(Artifacts.SHA256_METADATA, zip.sha256())),
          RequestBody.fromFile(zip.file()));
      return Result.UPLOADED;
    } catch (S3Exception e) {
      if (e.statusCode() != 412 && e.statusCode() != 409) {
        throw refused("PutObject", key, e);
      }
    } catch (SdkException e) {
      // a server that answers 412 before reading the body may close the connection while the
      // client still sends it: the transport error hides the answer, so look at the key itself
      // (the conditional write cannot have replaced anything either way)
      if (!exists(key)) {
        throw refused("PutObject", key, e);
      }
    }
    // 412: the key exists; 409: a concurrent conditional write to it is in progress
    Optional<String> stored = storedSha256(key);
    if (stored.isPresent() && stored.get().equals(zip.sha256())) {
      return Result.ALREADY_THERE;
    }
    throw CiException.remoteState(
        "s3://"
            + bucket
            + "/"
            + key
            + " already exists with "
            + stored.map(s -> "SHA-256 " + s).orElse("no recorded SHA-256")
            + ", not this package (SHA-256 "
            + zip.sha256()
            + "); refusing to overwrite it. A commit's package is written once: build a new"
            + " commit instead.");
  }

  private boolean exists(String key) {
    try {
      s3.headObject(h -> h.bucket(bucket).key(key));
      return true;
    } catch (NoSuchKeyException e) {
      return false;
    } catch (S3Exception e) {
      if (e.statusCode() == 404) {
        return false;
      }
      throw refused("HeadObject", key, e);
    } catch (SdkException e) {
      throw refused("HeadObject", key, e);
    }
  }

  private Optional<String> storedSha256(String key) {
    try {
      HeadObjectResponse head = s3.headObject(h -> h.bucket(bucket).key(key));
      return Optional.ofNullable(head.metadata().get(Artifacts.SHA256_METADATA));
    } catch (SdkException e) {
      throw refused("HeadObject", key, e);
    }
  }

  private CiException refused(String call, String key, SdkException e) {
    String reason =
        e instanceof S3Exception s3Error && s3Error.awsErrorDetails() != null
            ? s3Error.statusCode() + " " + s3Error.awsErrorDetails().errorCode()
            : e.getClass().getSimpleName() + ": " + e.getMessage();
    return CiException.remoteState(call + " s3://" + bucket + "/" + key + " failed: " + reason);
  }
}
