package chat.k1te.serverless;

import static chat.k1te.contracts.LambdaEnvironment.TELEGRAM_API_BASE_URL;
import static chat.k1te.contracts.LambdaEnvironment.TELEGRAM_WEBHOOK_ENDPOINT;

import chat.k1te.contracts.KiteFunction;
import chat.k1te.contracts.KiteMetrics;
import chat.k1te.contracts.LambdaEnvironment;
import chat.k1te.serverless.config.AwsSettings;
import chat.k1te.serverless.config.DispatcherConfig;
import chat.k1te.serverless.config.Env;
import chat.k1te.serverless.config.TelegramSecrets;
import chat.k1te.serverless.json.Json;
import chat.k1te.serverless.json.JsonException;
import chat.k1te.serverless.json.JsonObject;
import chat.k1te.serverless.log.Invocation;
import chat.k1te.serverless.log.Log;
import chat.k1te.serverless.telegram.TelegramApiException;
import chat.k1te.serverless.telegram.TelegramClient;
import chat.k1te.serverless.telegram.WebhookStatus;
import chat.k1te.serverless.ws.EmfMetrics;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Terraform's {@code aws_lambda_invocation} (lifecycle scope CRUD) calls this with {@code
 * tf.action}: create/update register the webhook, delete removes it. A Telegram error is thrown so
 * that {@code terraform apply} fails instead of recording a broken webhook (see docs/behaviour.md,
 * "Webhook").
 *
 * <p>A scheduled event {@link KiteMetrics#WEBHOOK_CHECK_INPUT} instead asks Telegram how the
 * webhook is doing and emits {@link KiteMetrics#WEBHOOK_FAILING} (0 or 1), which an alarm watches.
 */
public final class LifecycleHandler implements RequestStreamHandler {
  public static final List<String> ALLOWED_UPDATES =
      List.of("message", "edited_message", "channel_post", "my_chat_member");

  private final TelegramClient telegram;
  private final String webhookUrl;
  private final String secretToken;
  private final Clock clock;
  private final EmfMetrics metrics;

  public LifecycleHandler() {
    this(System.getenv());
  }

  public LifecycleHandler(Map<String, String> environment) {
    this(environment, Clock.systemUTC(), System.out);
  }

  public LifecycleHandler(
      Map<String, String> environment, Clock clock, java.io.PrintStream metricsOut) {
    this.clock = clock;
    Env env = new Env(environment);
    this.metrics =
        new EmfMetrics(env.optional(LambdaEnvironment.STAGE).orElse("local"), metricsOut);
    this.webhookUrl = env.required(TELEGRAM_WEBHOOK_ENDPOINT);
    env.check("lifecycle handler");
    List<String> secrets =
        TelegramSecrets.load(env, List.of(TelegramSecrets.BOT_TOKEN, TelegramSecrets.SECRET_TOKEN));
    env.check("lifecycle handler");
    this.secretToken = secrets.get(1);
    this.telegram =
        new TelegramClient(
            TelegramClient.defaultHttpClient(),
            AwsSettings.endpoint(env, TELEGRAM_API_BASE_URL).orElse(DispatcherConfig.TELEGRAM_API),
            secrets.get(0));
  }

  @Override
  public void handleRequest(InputStream input, OutputStream output, Context context)
      throws IOException {
    try (Invocation invocation =
        Log.begin(KiteFunction.LIFECYCLE.suffix(), RequestDispatcher.requestId(context))) {
      try {
        handle(input, output);
      } catch (RuntimeException e) {
        invocation.failed(e);
        throw e;
      }
    }
  }

  private void handle(InputStream input, OutputStream output) throws IOException {
    JsonObject event;
    try {
      event = new JsonObject(Json.parseObject(input));
    } catch (JsonException e) {
      throw new IllegalArgumentException("lifecycle handler: " + e.getMessage());
    }
    if (event.has(KiteMetrics.CHECK_FIELD)) {
      Json.write(check(event), output);
      return;
    }
    String action =
        event
            .object("tf")
            .string("action")
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "lifecycle handler: the input has no tf.action (create, update or delete)"));
    Log.annotate("action", action);
    String result =
        switch (action) {
          case "create", "update" -> {
            telegram.setWebhook(webhookUrl, secretToken, ALLOWED_UPDATES);
            yield "Registered telegram webhook " + webhookUrl;
          }
          case "delete" -> {
            telegram.deleteWebhook();
            yield "Unregistered telegram webhook";
          }
          default ->
              throw new IllegalArgumentException(
                  "lifecycle handler: unsupported tf.action '"
                      + action
                      + "' (expected create, update or delete)");
        };
    Json.write(Map.of("result", result), output);
  }

  private Map<String, Object> check(JsonObject event) {
    String what = event.string(KiteMetrics.CHECK_FIELD).orElse("");
    if (!what.equals(KiteMetrics.WEBHOOK_CHECK)) {
      throw new IllegalArgumentException(
          "lifecycle handler: unsupported check '" + what + "' (expected webhook)");
    }
    Map<String, Object> details = new LinkedHashMap<>();
    String failure;
    try {
      WebhookStatus status = WebhookStatus.of(telegram.call("getWebhookInfo", Map.of()));
      metrics.emit(KiteMetrics.WEBHOOK_PENDING_UPDATES, status.pendingUpdates(), "Count", Map.of());
      status.lastErrorMessage().ifPresent(m -> details.put("lastErrorMessage", m));
      failure =
          status
              .failure(
                  webhookUrl,
                  clock.instant(),
                  Duration.ofMinutes(KiteMetrics.WEBHOOK_CHECK_MINUTES))
              .orElse(null);
    } catch (TelegramApiException e) {
      failure = "getWebhookInfo failed: " + e.getMessage();
    }
    if (failure != null) {
      details.put("reason", failure);
    }
    metrics.emit(KiteMetrics.WEBHOOK_FAILING, failure == null ? 0 : 1, "Count", details);
    return Map.of("webhook", failure == null ? "ok" : "failing: " + failure);
  }
}
