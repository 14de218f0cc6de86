package chat.k1te.ci.codebuild;

import chat.k1te.ci.CiException;
import chat.k1te.contracts.Artifacts;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** The artifacts bucket as the build sees it: source archives in, function.zip out. */
final class ArtifactBucket {
  private final S3Client s3;
  private final String bucket;
  private final Retrying retrying;

  ArtifactBucket(S3Client s3, String bucket, Retrying retrying) {
    this.s3 = s3;
    this.bucket = bucket;
    this.retrying = retrying;
  }

  String url(String key) {
    return "s3://" + bucket + "/" + key;
  }

  /** Archives the commit with git and uploads it; returns the key. */
  String uploadSource(Path repository, String commit, PrintWriter out) {
    String key = Artifacts.sourceKey(commit);
    Path zip = SourceArchive.create(repository, commit);
    try {
      long size = Files.size(zip);
      retrying.call(
          "Upload of the source archive",
          () ->
              s3.putObject(
                  p -> p.bucket(bucket).key(key).contentType("application/zip"),
                  RequestBody.fromFile(zip)));
      out.println("Uploaded source of " + commit + " to " + url(key) + " (" + size + " bytes)");
      return key;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the source archive", e);
    } finally {
      try {
        Files.deleteIfExists(zip);
      } catch (IOException ignored) {
        // a temp file of a process that is about to end
      }
    }
  }

  boolean exists(String key) {
    try {
      retrying.call("HeadObject " + url(key), () -> s3.headObject(h -> h.bucket(bucket).key(key)));
      return true;
    } catch (CiException e) {
      if (e.getCause() instanceof S3Exception s3Error && s3Error.statusCode() == 404) {
        return false;
      }
      throw e;
    }
  }
}
