package chat.k1te.serverless;

import static chat.k1te.contracts.LambdaEnvironment.TELEGRAM_API_BASE_URL;
import static chat.k1te.contracts.LambdaEnvironment.TELEGRAM_WEBHOOK_ENDPOINT;

import chat.k1te.contracts.KiteFunction;
import chat.k1te.serverless.config.AwsSettings;
import chat.k1te.serverless.config.DispatcherConfig;
import chat.k1te.serverless.config.Env;
import chat.k1te.serverless.config.TelegramSecrets;
import chat.k1te.serverless.json.Json;
import chat.k1te.serverless.json.JsonException;
import chat.k1te.serverless.json.JsonObject;
import chat.k1te.serverless.log.Invocation;
import chat.k1te.serverless.log.Log;
import chat.k1te.serverless.telegram.TelegramClient;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/**
 * Terraform's {@code aws_lambda_invocation} (lifecycle scope CRUD) calls this with {@code
 * tf.action}: create/update register the webhook, delete removes it. A Telegram error is thrown so
 * that {@code terraform apply} fails instead of recording a broken webhook (see docs/behaviour.md,
 * "Webhook").
 */
public final class LifecycleHandler implements RequestStreamHandler {
  public static final List<String> ALLOWED_UPDATES =
      List.of("message", "edited_message", "channel_post", "my_chat_member");

  private final TelegramClient telegram;
  private final String webhookUrl;
  private final String secretToken;

  public LifecycleHandler() {
    this(System.getenv());
  }

  public LifecycleHandler(Map<String, String> environment) {
    Env env = new Env(environment);
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
}
