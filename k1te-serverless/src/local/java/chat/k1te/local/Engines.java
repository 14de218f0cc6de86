package chat.k1te.local;

import chat.k1te.local.engine.DynaliteEngine;
import chat.k1te.local.engine.KiteRoot;
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
 * its tables on another thread while s3proxy starts). dynalite can be restarted on its port (the
 * handlers' endpoint stays valid) when it died; see {@link EngineSupervisor}.
 */
final class Engines implements AutoCloseable {
  static final String REGION = "us-east-1";

  private final String stage;
  private final S3Engine s3;
  private volatile DynaliteEngine dynalite;

  private Engines(String stage, DynaliteEngine dynalite, S3Engine s3) {
    this.stage = stage;
    this.dynalite = dynalite;
    this.s3 = s3;
  }

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
      return new Engines(stage, dynamo.join(), s3);
    } catch (CompletionException e) {
      s3.close();
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }

  DynaliteEngine dynalite() {
    return dynalite;
  }

  S3Engine s3() {
    return s3;
  }

  /** A new dynalite on the dead one's port, with the stage's (empty) tables. */
  DynaliteEngine restartDynalite() {
    DynaliteEngine dead = dynalite;
    dead.close();
    dynalite =
        withTables(
            DynaliteEngine.start(KiteRoot.nodeModules(), dead.port()), stage, System.nanoTime());
    return dynalite;
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
