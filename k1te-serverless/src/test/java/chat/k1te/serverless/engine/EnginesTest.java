package chat.k1te.serverless.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chat.k1te.contracts.tables.KiteTables;
import chat.k1te.local.engine.DynaliteEngine;
import chat.k1te.local.engine.KiteSchema;
import chat.k1te.local.engine.S3Engine;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.s3.presigner.model.GetObjectPresignRequest;

/** The local engines start for real, serve their protocol and go away on close. */
class EnginesTest {
  private static final StaticCredentialsProvider CREDENTIALS =
      StaticCredentialsProvider.create(
          AwsBasicCredentials.create(S3Engine.ACCESS_KEY, S3Engine.SECRET_KEY));

  @Test
  void dynaliteServesTheKiteSchemaAndDiesOnClose() throws Exception {
    DynaliteEngine engine = DynaliteEngine.start();
    ProcessHandle node = ProcessHandle.of(engine.pid()).orElseThrow();
    try (engine;
        DynamoDbClient dynamo =
            DynamoDbClient.builder()
                .endpointOverride(engine.endpoint())
                .region(Region.EU_NORTH_1)
                .credentialsProvider(CREDENTIALS)
                .httpClient(UrlConnectionHttpClient.create())
                .build()) {
      KiteSchema.createTables(dynamo, "enginetest");
      KiteSchema.createTables(dynamo, "enginetest"); // idempotent
      assertThat(dynamo.listTables().tableNames())
          .containsAll(KiteTables.ALL.stream().map(t -> t.tableName("enginetest")).toList());
      assertThat(
              dynamo
                  .describeTable(b -> b.tableName("enginetest.Messages"))
                  .table()
                  .localSecondaryIndexes())
          .extracting(i -> i.indexName())
          .containsExactly("MessageTime");

      PutItemRequest put =
          PutItemRequest.builder()
              .tableName("enginetest.Channels")
              .item(Map.of("name", AttributeValue.fromS("first-channel")))
              .conditionExpression("attribute_not_exists(#n)")
              .expressionAttributeNames(Map.of("#n", "name"))
              .build();
      dynamo.putItem(put);
      assertThatThrownBy(() -> dynamo.putItem(put))
          .isInstanceOf(ConditionalCheckFailedException.class);
    }
    assertThat(node.onExit().get().isAlive()).isFalse();
  }

  @Test
  void s3proxyStoresObjectsAndServesPresignedUrls() throws Exception {
    try (S3Engine engine = S3Engine.start();
        S3Client s3 =
            S3Client.builder()
                .endpointOverride(engine.endpoint())
                .region(Region.EU_NORTH_1)
                .credentialsProvider(CREDENTIALS)
                .serviceConfiguration(
                    S3Configuration.builder().pathStyleAccessEnabled(true).build())
                .httpClient(UrlConnectionHttpClient.create())
                .build();
        S3Presigner presigner =
            S3Presigner.builder()
                .endpointOverride(engine.endpoint())
                .region(Region.EU_NORTH_1)
                .credentialsProvider(CREDENTIALS)
                .serviceConfiguration(
                    S3Configuration.builder().pathStyleAccessEnabled(true).build())
                .build()) {
      engine.createBucket("engine-test");
      s3.putObject(
          PutObjectRequest.builder().bucket("engine-test").key("a/b.txt").build(),
          RequestBody.fromString("hello"));
      URI url =
          presigner
              .presignGetObject(
                  GetObjectPresignRequest.builder()
                      .signatureDuration(Duration.ofMinutes(5))
                      .getObjectRequest(
                          GetObjectRequest.builder().bucket("engine-test").key("a/b.txt").build())
                      .build())
              .url()
              .toURI();
      HttpClient http = HttpClient.newHttpClient();
      HttpResponse<String> ok =
          http.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(ok.statusCode()).isEqualTo(200);
      assertThat(ok.body()).isEqualTo("hello");
      String signed = url.toString();
      int at = signed.indexOf("X-Amz-Signature=") + "X-Amz-Signature=".length();
      char flipped = signed.charAt(at) == '0' ? '1' : '0';
      URI tampered = URI.create(signed.substring(0, at) + flipped + signed.substring(at + 1));
      HttpResponse<String> refused =
          http.send(HttpRequest.newBuilder(tampered).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(refused.statusCode()).isEqualTo(403);
      HttpResponse<Void> preflight =
          http.send(
              HttpRequest.newBuilder(url)
                  .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                  .header("Origin", "http://127.0.0.1:8080")
                  .header("Access-Control-Request-Method", "PUT")
                  .header("Access-Control-Request-Headers", "content-type")
                  .build(),
              HttpResponse.BodyHandlers.discarding());
      assertThat(preflight.statusCode()).isEqualTo(200);
      assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isPresent();
    }
  }
}
