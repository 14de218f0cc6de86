package chat.k1te.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chat.k1te.local.engine.S3Engine;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Start, presigned uploads through s3proxy as the browser does them, and a stop that leaves
 * nothing.
 */
class LocalRuntimeLifecycleTest {

  @Test
  void presignedPutThenGetWorkFromThePageOriginAndStopLeavesNothingBehind() throws Exception {
    LocalRuntime runtime =
        LocalRuntime.start(
            LocalRuntimeOptions.defaults().withPort(0), new StubHandlers().handlers());
    long dynalitePid = runtime.dynalite().pid();
    int port = URI.create(runtime.baseUrl()).getPort();
    try {
      assertThatThrownBy(
              () ->
                  LocalRuntime.start(
                      LocalRuntimeOptions.defaults().withPort(port), new StubHandlers().handlers()))
          .hasMessageContaining("127.0.0.1:" + port);

      try (S3Presigner presigner =
          S3Presigner.builder()
              .endpointOverride(runtime.s3().endpoint())
              .region(Region.US_EAST_1)
              .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build())
              .credentialsProvider(
                  StaticCredentialsProvider.create(
                      AwsBasicCredentials.create(S3Engine.ACCESS_KEY, S3Engine.SECRET_KEY)))
              .build()) {
        String key = "kite-demo/visitor/2026-11-28/note.txt";
        URI put =
            presigner
                .presignPutObject(
                    b ->
                        b.signatureDuration(Duration.ofMinutes(60))
                            .putObjectRequest(
                                o ->
                                    o.bucket(LocalRuntime.BUCKET)
                                        .key(key)
                                        .contentType("text/plain")))
                .url()
                .toURI();
        URI get =
            presigner
                .presignGetObject(
                    b ->
                        b.signatureDuration(Duration.ofMinutes(60))
                            .getObjectRequest(o -> o.bucket(LocalRuntime.BUCKET).key(key)))
                .url()
                .toURI();
        HttpClient http = HttpClient.newHttpClient();
        String origin = runtime.baseUrl();
        HttpResponse<Void> preflight =
            http.send(
                HttpRequest.newBuilder(put)
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                    .header("Origin", origin)
                    .header("Access-Control-Request-Method", "PUT")
                    .header("Access-Control-Request-Headers", "content-type")
                    .build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin"))
            .hasValueSatisfying(v -> assertThat(v).isIn("*", origin));
        HttpResponse<String> uploaded =
            http.send(
                HttpRequest.newBuilder(put)
                    .header("Content-Type", "text/plain")
                    .header("Origin", origin)
                    .PUT(HttpRequest.BodyPublishers.ofString("hello s3"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(uploaded.statusCode()).isEqualTo(200);
        HttpResponse<String> downloaded =
            http.send(
                HttpRequest.newBuilder(get).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(downloaded.statusCode()).isEqualTo(200);
        assertThat(downloaded.body()).isEqualTo("hello s3");
      }
      WsClient open = WsClient.open(runtime.wsUrl() + "?c=kite-demo");
      runtime.close();
      assertThat(open.closed.get(10, TimeUnit.SECONDS)).isNotEmpty();
    } finally {
      runtime.close();
    }
    assertThat(runtime.dynalite().isAlive()).isFalse();
    assertThat(ProcessHandle.of(dynalitePid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
    assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(IOException.class);
  }
}
