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

/** dynalite with the stage's tables and s3proxy with the bucket, started side by side. */
record Engines(DynaliteEngine dynalite, S3Engine s3) implements AutoCloseable {
  static final String REGION = "us-east-1";

  static Engines start(String stage, String bucket) {
    CompletableFuture<DynaliteEngine> dynamo = CompletableFuture.supplyAsync(DynaliteEngine::start);
    S3Engine s3;
    try {
      s3 = S3Engine.start();
      s3.createBucket(bucket);
    } catch (RuntimeException e) {
      dynamo.thenAccept(DynaliteEngine::close);
      throw e;
    }
    DynaliteEngine dynalite;
    try {
      dynalite = dynamo.join();
    } catch (CompletionException e) {
      s3.close();
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
    Engines engines = new Engines(dynalite, s3);
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
      engines.close();
      throw e;
    }
    return engines;
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
