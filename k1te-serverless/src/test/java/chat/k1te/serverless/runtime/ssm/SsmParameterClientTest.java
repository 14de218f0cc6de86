package chat.k1te.serverless.runtime.ssm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.jr.ob.JSON;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;

/** The client against a local server answering as SSM does (AWS JSON 1.1). */
class SsmParameterClientTest {
  private HttpServer server;
  private final AtomicReference<Map<String, String>> headers = new AtomicReference<>();
  private final AtomicReference<String> body = new AtomicReference<>();
  private volatile int status = 200;
  private volatile String answer = "{}";

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          try (exchange) {
            Map<String, String> seen = new java.util.HashMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> seen.put(k.toLowerCase(), v.get(0)));
            headers.set(seen);
            body.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
          }
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private SsmParameterClient client() {
    return new SsmParameterClient(
        Region.EU_CENTRAL_1,
        StaticCredentialsProvider.create(
            AwsSessionCredentials.create("AKIDEXAMPLE", "secret", "session-token")),
        URI.create("http://127.0.0.1:" + server.getAddress().getPort()),
        UrlConnectionHttpClient.create());
  }

  @Test
  void sendsOneSignedGetParametersCallWithDecryption() throws IOException {
    answer =
        "{\"InvalidParameters\":[],\"Parameters\":["
            + "{\"Name\":\"dev-telegram.bot.token\",\"Type\":\"SecureString\",\"Value\":\"123:abc\"},"
            + "{\"Name\":\"telegram.secret.token\",\"Type\":\"SecureString\",\"Value\":\"s3cr3t\"}]}";

    SsmParameterClient.Parameters parameters =
        client().getParameters(List.of("dev-telegram.bot.token", "telegram.secret.token"));

    assertThat(parameters.values())
        .isEqualTo(Map.of("dev-telegram.bot.token", "123:abc", "telegram.secret.token", "s3cr3t"));
    assertThat(parameters.invalid()).isEmpty();
    Map<String, String> seen = headers.get();
    assertThat(seen.get("x-amz-target")).isEqualTo("AmazonSSM.GetParameters");
    assertThat(seen.get("content-type")).isEqualTo("application/x-amz-json-1.1");
    assertThat(seen.get("x-amz-security-token")).isEqualTo("session-token");
    assertThat(seen.get("authorization"))
        .matches(
            "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/\\d{8}/eu-central-1/ssm/aws4_request,"
                + " SignedHeaders=[a-z0-9;-]*x-amz-target[a-z0-9;-]*, Signature=[0-9a-f]{64}");
    assertThat(JSON.std.mapFrom(body.get()))
        .isEqualTo(
            Map.of(
                "Names",
                List.of("dev-telegram.bot.token", "telegram.secret.token"),
                "WithDecryption",
                true));
  }

  @Test
  void reportsUnknownNames() {
    answer = "{\"InvalidParameters\":[\"nope\"],\"Parameters\":[]}";

    SsmParameterClient.Parameters parameters = client().getParameters(List.of("nope"));

    assertThat(parameters.values()).isEmpty();
    assertThat(parameters.invalid()).containsExactly("nope");
  }

  @Test
  void aRefusalNamesTheServiceErrorAndItsMessage() {
    status = 400;
    answer =
        "{\"__type\":\"AccessDeniedException\",\"message\":\"User is not authorized to perform"
            + " ssm:GetParameters\"}";

    assertThatThrownBy(() -> client().getParameters(List.of("dev-telegram.bot.token")))
        .isInstanceOf(SsmParameterClient.SsmException.class)
        .hasMessage(
            "AmazonSSM.GetParameters failed with HTTP 400: AccessDeniedException User is not"
                + " authorized to perform ssm:GetParameters");
  }

  @Test
  void anUnreachableEndpointIsAClearError() {
    server.stop(0);

    assertThatThrownBy(() -> client().getParameters(List.of("x")))
        .isInstanceOf(SsmParameterClient.SsmException.class)
        .hasMessageStartingWith("AmazonSSM.GetParameters failed: ");
  }

  @Test
  void theDefaultEndpointFollowsThePartition() {
    assertThat(SsmParameterClient.defaultEndpoint(Region.EU_CENTRAL_1))
        .isEqualTo(URI.create("https://ssm.eu-central-1.amazonaws.com"));
    assertThat(SsmParameterClient.defaultEndpoint(Region.CN_NORTH_1))
        .isEqualTo(URI.create("https://ssm.cn-north-1.amazonaws.com.cn"));
  }
}
