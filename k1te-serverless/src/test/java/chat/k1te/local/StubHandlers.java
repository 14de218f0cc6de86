package chat.k1te.local;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.apigatewaymanagementapi.ApiGatewayManagementApiClient;

/**
 * Small stand-ins for the Lambda handlers, to test the gateway and the Telegram stand-in apart from
 * the chat backend: a relay of TXT frames into the demo group (tagged {@code #c<n>}) and of group
 * replies back to the tagged socket, through the real Management API client.
 */
final class StubHandlers {
  final Queue<Map<String, Object>> events = new ConcurrentLinkedQueue<>();
  private final Map<String, String> connectionsByTag = new ConcurrentHashMap<>();
  private final HttpClient http = HttpClient.newHttpClient();

  LambdaHandlers handlers() {
    return new LambdaHandlers(
        env -> dispatcher(env), env -> authorizer(env), java.util.Optional.empty());
  }

  private RequestStreamHandler authorizer(Map<String, String> env) {
    return (in, out, context) -> {
      Map<String, Object> event =
          Json.readObject(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      events.add(event);
      Object header = ((Map<?, ?>) event.get("headers")).get("x-telegram-bot-api-secret-token");
      boolean ok = env.get("TELEGRAM_SECRET_TOKEN").equals(header);
      out.write(Json.write(Map.of("isAuthorized", ok)).getBytes(StandardCharsets.UTF_8));
    };
  }

  private RequestStreamHandler dispatcher(Map<String, String> env) {
    ApiGatewayManagementApiClient management =
        ApiGatewayManagementApiClient.builder()
            .endpointOverride(URI.create(env.get("WS_API_EXECUTION_ENDPOINT")))
            .region(Region.US_EAST_1)
            .credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
            .httpClient(UrlConnectionHttpClient.create())
            .build();
    String botApi = env.get("TELEGRAM_API_BASE_URL") + "/bot" + env.get("TELEGRAM_BOT_TOKEN");
    return (in, out, context) -> {
      Map<String, Object> event =
          Json.readObject(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      events.add(event);
      Object response;
      if ("2.0".equals(event.get("version"))) {
        response = webhook(event, management);
      } else {
        response = webSocket(event, botApi);
      }
      out.write(Json.write(response).getBytes(StandardCharsets.UTF_8));
    };
  }

  private Object webSocket(Map<String, Object> event, String botApi) throws IOException {
    Map<?, ?> context = (Map<?, ?>) event.get("requestContext");
    String connectionId = (String) context.get("connectionId");
    switch ((String) context.get("eventType")) {
      case "CONNECT" -> {
        Map<?, ?> query = (Map<?, ?>) event.get("queryStringParameters");
        Object channel = query == null ? null : query.get("c");
        if (channel == null) {
          return Map.of("statusCode", 400, "body", "[\"ERR\",\"⛔ No ChannelName was passed\",400]");
        }
        if (channel.equals("no-such-channel")) {
          return Map.of("statusCode", 404, "body", "[\"ERR\",\"⛔ Channel not found\",404]");
        }
        return Map.of(
            "statusCode", 200, "headers", Map.of("Sec-WebSocket-Protocol", "k1te.chat.v1"));
      }
      case "MESSAGE" -> {
        List<Object> frame = Json.readArray((String) event.get("body"));
        String tag = "c" + Integer.toHexString(connectionId.hashCode() & 0xfffffff);
        connectionsByTag.put(tag, connectionId);
        Map<String, Object> sent =
            botCall(
                botApi + "/sendMessage",
                Map.of(
                    "chat_id", LocalRuntime.DEMO_CHAT_ID, "text", "#" + tag + " " + frame.get(2)));
        Object messageId = ((Map<?, ?>) sent.get("result")).get("message_id");
        return Map.of(
            "statusCode",
            200,
            "body",
            Json.write(
                List.of("ACK", frame.get(1), String.valueOf(messageId), Instant.now().toString())));
      }
      default -> {
        return Map.of("statusCode", 200);
      }
    }
  }

  private Object webhook(Map<String, Object> event, ApiGatewayManagementApiClient management) {
    Map<String, Object> update = Json.readObject((String) event.get("body"));
    Map<?, ?> message = (Map<?, ?>) update.get("message");
    if (message == null) {
      return Map.of("ok", true);
    }
    Map<?, ?> chat = (Map<?, ?>) message.get("chat");
    String text = String.valueOf(message.get("text"));
    if (text.startsWith("/host")) {
      return Map.of(
          "method",
          "sendMessage",
          "chat_id",
          chat.get("id"),
          "text",
          "✅ Created channel " + text.substring(6));
    }
    Map<?, ?> replied = (Map<?, ?>) message.get("reply_to_message");
    if (replied != null && replied.get("entities") instanceof List<?> entities) {
      String repliedText = (String) replied.get("text");
      for (Object e : entities) {
        Map<?, ?> entity = (Map<?, ?>) e;
        if ("hashtag".equals(entity.get("type"))) {
          int offset = ((Number) entity.get("offset")).intValue();
          String tag =
              repliedText.substring(
                  offset + 1, offset + ((Number) entity.get("length")).intValue());
          String frame =
              Json.write(
                  List.of(
                      "TXT",
                      String.valueOf(message.get("message_id")),
                      text,
                      Instant.now().toString()));
          management.postToConnection(
              b -> b.connectionId(connectionsByTag.get(tag)).data(SdkBytes.fromUtf8String(frame)));
        }
      }
    }
    return Map.of(
        "statusCode",
        200,
        "headers",
        Map.of("Content-Type", "application/json"),
        "body",
        "{\"ok\":true}");
  }

  private Map<String, Object> botCall(String url, Map<String, Object> params) throws IOException {
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create(url))
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(Json.write(params)))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return Json.readObject(response.body());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }
}
