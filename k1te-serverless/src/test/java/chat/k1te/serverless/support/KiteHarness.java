package chat.k1te.serverless.support;

import chat.k1te.local.engine.S3Engine;
import chat.k1te.serverless.RequestDispatcher;
import chat.k1te.serverless.json.Json;
import chat.k1te.serverless.json.JsonException;
import chat.k1te.serverless.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The request dispatcher built through its public constructor, on dynalite and s3proxy, with the
 * Telegram and Management API stubs; events come from the fixtures.
 */
public final class KiteHarness implements AutoCloseable {
  public static final String BOT_TOKEN = "123456:test-bot-token";
  public static final String SECRET = "webhook-secret-0123456789";

  public final String stage;
  public final String bucket;
  public final TelegramStub telegram = new TelegramStub(BOT_TOKEN);
  public final ManagementApiStub management;
  public final Map<String, String> environment;
  public final RequestDispatcher dispatcher;

  public KiteHarness() {
    stage = TestEngines.newStage("t");
    bucket = "kite-" + stage;
    TestEngines.s3().createBucket(bucket);
    management = new ManagementApiStub(stage);
    Map<String, String> env = new HashMap<>();
    env.put("KITE_STAGE", stage);
    env.put("WS_API_EXECUTION_ENDPOINT", management.executionEndpoint());
    env.put("WS_API_PUBLIC_URL", "wss://ws.example.test/" + stage);
    env.put("BUCKET_NAME", bucket);
    env.put("AWS_REGION", TestEngines.REGION);
    env.put("AWS_ACCESS_KEY_ID", S3Engine.ACCESS_KEY);
    env.put("AWS_SECRET_ACCESS_KEY", S3Engine.SECRET_KEY);
    env.put("DYNAMODB_ENDPOINT", TestEngines.dynalite().endpoint().toString());
    env.put("S3_ENDPOINT", TestEngines.s3().endpoint().toString());
    env.put("TELEGRAM_API_BASE_URL", telegram.baseUrl().toString());
    env.put("TELEGRAM_BOT_TOKEN", BOT_TOKEN);
    env.put("TELEGRAM_SECRET_TOKEN", SECRET);
    environment = Map.copyOf(env);
    dispatcher = new RequestDispatcher(environment);
  }

  public JsonObject invoke(String event) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      dispatcher.handleRequest(
          new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out, null);
      return new JsonObject(Json.parseObject(out.toString(StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (JsonException e) {
      throw new IllegalStateException(e);
    }
  }

  public JsonObject connect(String connectionId, Map<String, String> query) {
    Map<String, Object> values = new HashMap<>();
    values.put("CONNECTION_ID", connectionId);
    values.put("QUERY", query.isEmpty() ? null : query); // API Gateway sends null, not {}
    return invoke(Fixtures.event("ws-connect.json", values));
  }

  public JsonObject disconnect(String connectionId) {
    return invoke(Fixtures.event("ws-disconnect.json", Map.of("CONNECTION_ID", connectionId)));
  }

  /** Sends a frame; returns the full response. */
  public JsonObject message(String connectionId, String frame) {
    return invoke(
        Fixtures.event("ws-message.json", Map.of("CONNECTION_ID", connectionId, "BODY", frame)));
  }

  /** Sends a frame; returns the reply frame's elements. */
  public List<Object> send(String connectionId, String frame) {
    JsonObject response = message(connectionId, frame);
    try {
      return Json.asList(Json.parse(response.string("body").orElseThrow()), "reply");
    } catch (JsonException e) {
      throw new IllegalStateException(e);
    }
  }

  public JsonObject webhook(Map<String, Object> update) {
    return webhook(
        Json.write(update),
        Map.of("content-type", "application/json", "x-telegram-bot-api-secret-token", SECRET));
  }

  public JsonObject webhook(String body, Map<String, String> headers) {
    return invoke(Fixtures.event("http-webhook.json", Map.of("HEADERS", headers, "BODY", body)));
  }

  /** The webhook answer body as an object. */
  public static JsonObject body(JsonObject response) {
    try {
      return new JsonObject(Json.parseObject(response.string("body").orElse("{}")));
    } catch (JsonException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    telegram.close();
    management.close();
  }
}
