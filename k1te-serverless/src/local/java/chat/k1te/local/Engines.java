package chat.k1te.local;

import chat.k1te.local.engine.DynaliteEngine;
import chat.k1te.local.engine.KiteSchema;
import chat.k1te.local.engine.S3Engine;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * dynalite with the stage's tables and s3proxy with the bucket, started side by side (dynalite and
 * its tables on another thread while s3proxy starts).
 */
record Engines(DynaliteEngine dynalite, S3Engine s3) implements AutoCloseable {
  static final String REGION = "us-east-1";

  static Engines start(String stage, String bucket) {
    long started = System.nanoTime();
    CompletableFuture<DynaliteEngine> dynamo =
        CompletableFuture.supplyAsync(() -> withTables(DynaliteEngine.start(), stage, started));
    S3Engine s3;
    try {
      s3 = S3Engine.start();
      s3.createBucket(bucket);
      LocalLog.info("runtime", "s3proxy up in " + millisSince(started) + " ms");
    } catch (RuntimeException e) {
      dynamo.thenAccept(DynaliteEngine::close);
      throw e;
    }
    try {
      return new Engines(dynamo.join(), s3);
    } catch (CompletionException e) {
      s3.close();
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }

  private static DynaliteEngine withTables(DynaliteEngine dynalite, String stage, long started) {
    try (DynamoDbClient client =
        DynamoDbClient.builder()
            .endpointOverride(dynalite.endpoint())
            .region(Region.of(REGION))
            .credentialsProvider(
                StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(S3Engine.ACCESS_KEY, S3Engine.SECRET_KEY)))
            .httpClient(UrlConnectionHttpClient.create())
            .build()) {
      KiteSchema.createTables(client, stage);
    } catch (RuntimeException e) {
      dynalite.close();
      throw e;
    }
    LocalLog.info("runtime", "dynalite with tables up in " + millisSince(started) + " ms");
    return dynalite;
  }

  private static long millisSince(long started) {
    return (System.nanoTime() - started) / 1_000_000;
  }

  @Override
  public void close() {
    try {
      s3.close();
    } finally {
      dynalite.close();
    }
  }
}
