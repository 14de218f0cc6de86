package chat.k1te.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.apigatewaymanagementapi.ApiGatewayManagementApiClient;
import software.amazon.awssdk.services.apigatewaymanagementapi.model.GoneException;
import software.amazon.awssdk.services.apigatewaymanagementapi.model.PayloadTooLargeException;

/**
 * The local API Gateway and the Telegram stand-in, with small stub handlers (so these tests do not
 * depend on the chat backend), real engines and real clients.
 */
class LocalGatewayTest {
  private static final StubHandlers stubs = new StubHandlers();
  private static LocalRuntime runtime;
  private static final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    runtime = LocalRuntime.start(LocalRuntimeOptions.defaults().withPort(0), stubs.handlers());
  }

  @AfterAll
  static void stop() {
    runtime.close();
  }

  @Test
  void pingIsAnsweredPongByTheGatewayOverTheNegotiatedSubprotocol() throws Exception {
    WsClient client = WsClient.open(runtime.wsUrl() + "?c=kite-demo");
    try {
      assertThat(client.getProtocol().getProvidedProtocol()).isEqualTo("k1te.chat.v1");
      client.send("[\"PING\"]");
      assertThat(client.next()).isEqualTo("[\"PONG\"]");
      assertThat(stubs.events).noneMatch(e -> "[\"PING\"]".equals(e.get("body")));
    } finally {
      client.closeBlocking();
    }
  }

  @Test
  void aClientOfferingNoSubprotocolIsNotAnsweredOne() throws Exception {
    WsClient plain =
        new WsClient(runtime.wsUrl() + "?c=kite-demo", new org.java_websocket.drafts.Draft_6455());
    assertThat(plain.connectBlocking(10, TimeUnit.SECONDS)).isTrue();
    try {
      assertThat(plain.getProtocol().getProvidedProtocol()).isEmpty();
      plain.send("[\"PING\"]");
      assertThat(plain.next()).isEqualTo("[\"PONG\"]");
    } finally {
      plain.closeBlocking();
    }
  }

  @Test
  void connectEventHasTheApiGatewayShape() throws Exception {
    WsClient client = WsClient.open(runtime.wsUrl() + "?c=kite-demo&m=abc&m=xyz");
    client.closeBlocking();
    Map<?, ?> event =
        stubs.events.stream()
            .filter(e -> String.valueOf(e.get("multiValueQueryStringParameters")).contains("xyz"))
            .findFirst()
            .orElseThrow();
    Map<?, ?> context = (Map<?, ?>) event.get("requestContext");
    assertThat(context.get("eventType")).isEqualTo("CONNECT");
    assertThat(context.get("routeKey")).isEqualTo("$connect");
    assertThat(context.get("stage")).isEqualTo("local");
    assertThat(context.get("messageDirection")).isEqualTo("IN");
    assertThat((String) context.get("connectionId")).hasSize(16);
    assertThat(context.get("connectedAt")).isInstanceOf(Number.class);
    assertThat(event.get("queryStringParameters")).isEqualTo(Map.of("c", "kite-demo", "m", "xyz"));
    assertThat(event.get("multiValueQueryStringParameters"))
        .isEqualTo(Map.of("c", List.of("kite-demo"), "m", List.of("abc", "xyz")));
    assertThat(((Map<?, ?>) event.get("headers")).get("Sec-WebSocket-Protocol"))
        .isEqualTo("k1te.chat.v1");
    assertThat(event.get("isBase64Encoded")).isEqualTo(false);
  }

  @Test
  void refusedConnectFailsTheHandshakeWithTheHandlersStatus() throws Exception {
    WsClient noChannel = new WsClient(runtime.wsUrl());
    assertThat(noChannel.connectBlocking(10, TimeUnit.SECONDS)).isFalse();
    assertThat(noChannel.closed.get(10, TimeUnit.SECONDS)).contains("400");
    WsClient unknown = new WsClient(runtime.wsUrl() + "?c=no-such-channel");
    assertThat(unknown.connectBlocking(10, TimeUnit.SECONDS)).isFalse();
    assertThat(unknown.closed.get(10, TimeUnit.SECONDS)).contains("404");
    WsClient wrongStage =
        new WsClient(runtime.baseUrl().replace("http", "ws") + "/other?c=kite-demo");
    assertThat(wrongStage.connectBlocking(10, TimeUnit.SECONDS)).isFalse();
    assertThat(wrongStage.closed.get(10, TimeUnit.SECONDS)).contains("403");
  }

  @Test
  void visitorTextReachesTheGroupAndTheOperatorsReplyReachesTheVisitor() throws Exception {
    WsClient visitor = WsClient.open(runtime.wsUrl() + "?c=kite-demo");
    try {
      visitor.send("[\"TXT\",\"m1\",\"hello operators\",\"2026-01-01T00:00:00Z\"]");
      List<Object> ack = Json.readArray(visitor.next());
      assertThat(ack.subList(0, 2)).containsExactly("ACK", "m1");
      List<Object> group =
          Json.readArray(
              get(runtime.telegramUrl() + "/chats/" + runtime.demoChatId() + "/messages").body());
      Map<?, ?> delivered = (Map<?, ?>) group.get(group.size() - 1);
      assertThat((String) delivered.get("text")).matches("#c[0-9a-f]+ hello operators");
      assertThat(delivered.get("from_bot")).isEqualTo(true);
      assertThat(String.valueOf(delivered.get("message_id"))).isEqualTo(ack.get(2));

      HttpResponse<String> reply =
          post(
              runtime.telegramUrl() + "/chats/" + runtime.demoChatId() + "/messages",
              Json.write(
                  Map.of(
                      "text", "hi visitor", "reply_to_message_id", delivered.get("message_id"))));
      assertThat(reply.statusCode()).isEqualTo(200);
      assertThat(Json.readObject(reply.body()))
          .containsEntry("webhook_status", 200)
          .containsEntry("from_bot", false);
      List<Object> frame = Json.readArray(visitor.next());
      assertThat(frame.get(0)).isEqualTo("TXT");
      assertThat(frame.get(2)).isEqualTo("hi visitor");
    } finally {
      visitor.closeBlocking();
    }
  }

  @Test
  void webhookNeedsTheSecretHeader() throws Exception {
    String update = "{\"update_id\":1,\"message\":null}";
    long before = webhookInvocations();
    assertThat(post(runtime.webhookUrl(), update).statusCode()).isEqualTo(401);
    assertThat(webhookInvocations()).isEqualTo(before); // the authorizer is not even asked
    assertThat(post(runtime.webhookUrl(), update, "wrong-secret").statusCode()).isEqualTo(403);
    assertThat(webhookInvocations()).isEqualTo(before + 1); // the authorizer only
    String secret = runtime.telegram().orElseThrow().webhook().orElseThrow().secretToken();
    HttpResponse<String> accepted = post(runtime.webhookUrl(), update, secret);
    assertThat(accepted.statusCode()).isEqualTo(200);
    Map<?, ?> event =
        stubs.events.stream()
            .filter(e -> "POST /tg".equals(e.get("routeKey")) && !e.containsKey("type"))
            .reduce((a, b) -> b)
            .orElseThrow();
    assertThat(event.get("version")).isEqualTo("2.0");
    assertThat(event.get("rawPath")).isEqualTo("/local/tg");
    assertThat(event.get("body")).isEqualTo(update);
    assertThat(event.get("isBase64Encoded")).isEqualTo(false);
    assertThat(((Map<?, ?>) event.get("headers")).get("x-telegram-bot-api-secret-token"))
        .isEqualTo(secret);
    Map<?, ?> httpContext = (Map<?, ?>) ((Map<?, ?>) event.get("requestContext")).get("http");
    assertThat(httpContext.get("method")).isEqualTo("POST");
    assertThat(httpContext.get("sourceIp")).isEqualTo("127.0.0.1");
  }

  @Test
  void managementApiPostsToOpenConnectionsAndAnswersGoneForClosedOnes() throws Exception {
    WsClient client = WsClient.open(runtime.wsUrl() + "?c=kite-demo");
    String connectionId = lastConnectionId();
    try (ApiGatewayManagementApiClient management =
        ApiGatewayManagementApiClient.builder()
            .endpointOverride(URI.create(runtime.baseUrl() + "/local"))
            .region(Region.US_EAST_1)
            .credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
            .httpClient(UrlConnectionHttpClient.create())
            .build()) {
      management.postToConnection(
          b -> b.connectionId(connectionId).data(SdkBytes.fromUtf8String("[\"OK\"]")));
      assertThat(client.next()).isEqualTo("[\"OK\"]");
      // over API Gateway's 128 KB: refused, and the connection stays open
      String tooLarge = "[\"" + "x".repeat(128 * 1024) + "\"]";
      assertThatThrownBy(
              () ->
                  management.postToConnection(
                      b -> b.connectionId(connectionId).data(SdkBytes.fromUtf8String(tooLarge))))
          .isInstanceOf(PayloadTooLargeException.class);
      assertThat(management.getConnection(b -> b.connectionId(connectionId)).connectedAt())
          .isNotNull();
      client.closeBlocking();
      assertThatThrownBy(
              () ->
                  management.postToConnection(
                      b -> b.connectionId(connectionId).data(SdkBytes.fromUtf8String("[]"))))
          .isInstanceOf(GoneException.class);
      long deadline = System.currentTimeMillis() + 5000;
      while (stubs.events.stream().noneMatch(e -> isDisconnectOf(e, connectionId))
          && System.currentTimeMillis() < deadline) {
        Thread.sleep(20);
      }
      assertThat(stubs.events).anyMatch(e -> isDisconnectOf(e, connectionId));
    }
  }

  @Test
  void pagesAreServed() throws Exception {
    HttpResponse<String> demo = get(runtime.baseUrl() + "/?c=kite-demo");
    assertThat(demo.statusCode()).isEqualTo(200);
    assertThat(demo.body())
        .contains("ws://127.0.0.1:" + URI.create(runtime.baseUrl()).getPort() + "/local");
    assertThat(get(runtime.baseUrl() + "/kite-chat.js").body())
        .contains("customElements.define(\"kite-chat\"");
    assertThat(get(runtime.telegramUrl() + "/").body()).contains("operator.js");
    assertThat(get(runtime.baseUrl() + "/nothing-here").statusCode()).isEqualTo(404);
  }

  @Test
  void aDemoPageRequestWithAHostThatIsNoHostNameIsRefused() throws Exception {
    try (Socket socket = new Socket("127.0.0.1", URI.create(runtime.baseUrl()).getPort())) {
      socket
          .getOutputStream()
          .write(
              "GET / HTTP/1.1\r\nHost: x\"</script>\r\nConnection: close\r\n\r\n"
                  .getBytes(StandardCharsets.US_ASCII));
      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(answer)
          .startsWith("HTTP/1.1 400")
          .contains("Bad HostPort")
          .doesNotContain("kite-chat.js");
    }
  }

  private static long webhookInvocations() {
    return stubs.events.stream().filter(e -> "POST /tg".equals(e.get("routeKey"))).count();
  }

  private static boolean isDisconnectOf(Map<String, Object> event, String connectionId) {
    Map<?, ?> context = (Map<?, ?>) event.get("requestContext");
    return context != null
        && "DISCONNECT".equals(context.get("eventType"))
        && connectionId.equals(context.get("connectionId"));
  }

  private static String lastConnectionId() {
    return stubs.events.stream()
        .map(e -> (Map<?, ?>) e.get("requestContext"))
        .filter(c -> c != null && "CONNECT".equals(c.get("eventType")))
        .map(c -> (String) c.get("connectionId"))
        .reduce((a, b) -> b)
        .orElseThrow();
  }

  static HttpResponse<String> get(String url) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> post(String url, String json, String... secret) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (secret.length > 0) {
      request.header("X-Telegram-Bot-Api-Secret-Token", secret[0]);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
