package chat.k1te.serverless.ws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chat.k1te.contracts.KiteMetrics;
import chat.k1te.serverless.json.Json;
import chat.k1te.serverless.json.JsonObject;
import chat.k1te.serverless.support.ManagementApiStub;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.apigatewaymanagementapi.ApiGatewayManagementApiClient;
import software.amazon.awssdk.services.apigatewaymanagementapi.model.ForbiddenException;

/** Pushes through the real SDK client to a Management API stub, and the failure metric. */
class WsPusherTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  private static ApiGatewayManagementApiClient client(ManagementApiStub stub) {
    return ApiGatewayManagementApiClient.builder()
        .endpointOverride(URI.create(stub.executionEndpoint()))
        .region(Region.EU_NORTH_1)
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "secret")))
        .build();
  }

  private List<JsonObject> lines() {
    return out.toString(StandardCharsets.UTF_8).lines().map(WsPusherTest::parse).toList();
  }

  @Test
  void aSentOrGoneSocketEmitsNoMetric() {
    try (ManagementApiStub stub = new ManagementApiStub("dev");
        ApiGatewayManagementApiClient client = client(stub)) {
      WsPusher pusher =
          new WsPusher(
              client, new EmfMetrics("dev", new PrintStream(out, true, StandardCharsets.UTF_8)));
      assertThat(pusher.push("alive", "[\"PONG\"]")).isTrue();
      stub.markGone("gone");
      assertThat(pusher.push("gone", "[\"PONG\"]")).isFalse();
      assertThat(stub.framesTo("alive")).containsExactly("[\"PONG\"]");
      assertThat(out.size()).isZero();
    }
  }

  @Test
  void anyOtherFailureIsCountedAsAnEmbeddedMetricAndRethrown() {
    try (ManagementApiStub stub = new ManagementApiStub("prod");
        ApiGatewayManagementApiClient client = client(stub)) {
      WsPusher pusher =
          new WsPusher(
              client, new EmfMetrics("prod", new PrintStream(out, true, StandardCharsets.UTF_8)));
      stub.failNext(1, 403);
      assertThatThrownBy(() -> pusher.push("locked", "[\"PONG\"]"))
          .isInstanceOf(ForbiddenException.class);
      List<JsonObject> lines = lines();
      assertThat(lines).hasSize(1);
      JsonObject line = lines.get(0);
      assertThat(((Number) line.map().get(KiteMetrics.POST_TO_CONNECTION_FAILED)).intValue())
          .isEqualTo(1);
      assertThat(line.string("Stage")).contains("prod");
      assertThat(line.string("errorCode")).contains("ForbiddenException");
      assertThat(line.number("statusCode")).contains(403L);
      JsonObject definition = line.object("_aws").objects("CloudWatchMetrics").get(0);
      assertThat(definition.string("Namespace")).contains(KiteMetrics.NAMESPACE);
      assertThat(definition.map().get("Dimensions"))
          .isEqualTo(List.of(List.of(KiteMetrics.STAGE_DIMENSION)));
      assertThat(definition.objects("Metrics").get(0).string("Name"))
          .contains(KiteMetrics.POST_TO_CONNECTION_FAILED);
      assertThat(line.object("_aws").number("Timestamp")).isPresent();
    }
  }

  private static JsonObject parse(String line) {
    try {
      return new JsonObject(Json.parseObject(line));
    } catch (chat.k1te.serverless.json.JsonException e) {
      throw new AssertionError("not a JSON line: " + line, e);
    }
  }
}
