package chat.k1te.serverless.support;

import chat.k1te.local.engine.DynaliteEngine;
import chat.k1te.local.engine.KiteSchema;
import chat.k1te.local.engine.S3Engine;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * dynalite and s3proxy, started once per test JVM (closed by their shutdown hooks); each test class
 * gets its own stage (tables) and bucket so classes never see each other's data.
 */
public final class TestEngines {
  public static final String REGION = "eu-north-1";
  private static final AtomicInteger STAGES = new AtomicInteger();
  private static DynaliteEngine dynalite;
  private static S3Engine s3;
  private static DynamoDbClient dynamo;

  private TestEngines() {}

  public static synchronized DynaliteEngine dynalite() {
    if (dynalite == null) {
      dynalite = DynaliteEngine.start();
    }
    return dynalite;
  }

  public static synchronized S3Engine s3() {
    if (s3 == null) {
      s3 = S3Engine.start();
      Runtime.getRuntime().addShutdownHook(new Thread(s3::close, "s3proxy-shutdown"));
    }
    return s3;
  }

  public static synchronized DynamoDbClient dynamo() {
    if (dynamo == null) {
      dynamo =
          DynamoDbClient.builder()
              .endpointOverride(dynalite().endpoint())
              .region(Region.of(REGION))
              .credentialsProvider(
                  StaticCredentialsProvider.create(
                      AwsBasicCredentials.create(S3Engine.ACCESS_KEY, S3Engine.SECRET_KEY)))
              .httpClient(UrlConnectionHttpClient.create())
              .build();
    }
    return dynamo;
  }

  /** A fresh stage with all tables created. */
  public static String newStage(String prefix) {
    String stage = prefix + STAGES.incrementAndGet();
    KiteSchema.createTables(dynamo(), stage);
    return stage;
  }
}
