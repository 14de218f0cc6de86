package chat.k1te.serverless;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chat.k1te.contracts.LambdaEnvironment;
import chat.k1te.serverless.config.ConfigurationException;
import chat.k1te.serverless.json.Json;
import chat.k1te.serverless.json.JsonObject;
import chat.k1te.serverless.support.Fixtures;
import chat.k1te.serverless.support.KiteHarness;
import chat.k1te.serverless.support.SsmStub;
import chat.k1te.serverless.support.TelegramStub;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The lifecycle handler, the authorizer and the startup configuration of all handlers. */
class HandlersTest {
  static final String TOKEN = "999:lifecycle-token";

  static JsonObject invoke(RequestStreamHandler handler, String event) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    handler.handleRequest(
        new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out, null);
    return new JsonObject(Json.parseObject(out.toString(StandardCharsets.UTF_8)));
  }

  static Map<String, String> lifecycleEnv(TelegramStub telegram) {
    return Map.of(
        "TELEGRAM_BOT_TOKEN",
        TOKEN,
        "TELEGRAM_SECRET_TOKEN",
        "s3cret",
        "TELEGRAM_WEBHOOK_ENDPOINT",
        "https://api.example.test/dev/tg",
        "TELEGRAM_API_BASE_URL",
        telegram.baseUrl().toString());
  }

  @Test
  void lifecycleRegistersTheWebhookWithMyChatMemberAndRemovesItOnDelete() throws Exception {
    try (TelegramStub telegram = new TelegramStub(TOKEN)) {
      LifecycleHandler handler = new LifecycleHandler(lifecycleEnv(telegram));
      JsonObject created = invoke(handler, Fixtures.load("lifecycle-create.json"));
      assertThat(created.string("result"))
          .contains("Registered telegram webhook https://api.example.test/dev/tg");
      TelegramStub.Call set = telegram.calls("setWebhook").get(0);
      assertThat(set.params().string("url")).contains("https://api.example.test/dev/tg");
      assertThat(set.params().string("secret_token")).contains("s3cret");
      assertThat(set.params().map().get("allowed_updates"))
          .isEqualTo(List.of("message", "edited_message", "channel_post", "my_chat_member"));
      invoke(handler, Fixtures.load("lifecycle-create.json").replace("create", "update"));
      assertThat(telegram.calls("setWebhook")).hasSize(2);
      JsonObject deleted = invoke(handler, Fixtures.load("lifecycle-delete.json"));
      assertThat(deleted.string("result")).contains("Unregistered telegram webhook");
      assertThat(telegram.calls("deleteWebhook")).hasSize(1);
    }
  }

  @Test
  void lifecycleThrowsTelegramErrorsAndBadActionsSoTerraformFails() throws Exception {
    try (TelegramStub telegram = new TelegramStub(TOKEN)) {
      LifecycleHandler handler = new LifecycleHandler(lifecycleEnv(telegram));
      telegram.fail(
          "setWebhook", 400, "Bad Request: bad webhook: HTTPS url must be provided for webhook");
      assertThatThrownBy(() -> invoke(handler, Fixtures.load("lifecycle-create.json")))
          .hasMessage(
              "tg connector error: (400) Bad Request: bad webhook: HTTPS url must be provided for webhook");
      assertThatThrownBy(() -> invoke(handler, "{\"tf\":{\"action\":\"explode\"}}"))
          .hasMessageContaining("unsupported tf.action 'explode'");
      assertThatThrownBy(() -> invoke(handler, "{}")).hasMessageContaining("no tf.action");
    }
    try (TelegramStub wrongToken = new TelegramStub("other")) {
      LifecycleHandler handler = new LifecycleHandler(lifecycleEnv(wrongToken));
      assertThatThrownBy(() -> invoke(handler, Fixtures.load("lifecycle-create.json")))
          .hasMessage("tg connector error: (401) Unauthorized")
          .hasMessageNotContaining(TOKEN);
    }
  }

  @Test
  void authorizerAcceptsOnlyTheSecret() throws Exception {
    TelegramAuthorizer authorizer =
        new TelegramAuthorizer(Map.of("TELEGRAM_SECRET_TOKEN", "s3cret"));
    String ok =
        Fixtures.event(
            "authorizer.json",
            Map.of(
                "TOKEN", "s3cret", "HEADERS", Map.of("x-telegram-bot-api-secret-token", "s3cret")));
    assertThat(invoke(authorizer, ok).map()).isEqualTo(Map.of("isAuthorized", true));
    String wrong =
        Fixtures.event(
            "authorizer.json",
            Map.of("TOKEN", "nope", "HEADERS", Map.of("x-telegram-bot-api-secret-token", "nope")));
    assertThat(invoke(authorizer, wrong).map()).isEqualTo(Map.of("isAuthorized", false));
    String missing = Fixtures.event("authorizer.json", Map.of("TOKEN", "", "HEADERS", Map.of()));
    assertThat(invoke(authorizer, missing).map()).isEqualTo(Map.of("isAuthorized", false));
    assertThat(invoke(authorizer, "not json").map()).isEqualTo(Map.of("isAuthorized", false));
  }

  @Test
  void aBotTokenThatCannotBeInAUrlFailsStartupWithoutShowingIt() throws Exception {
    try (TelegramStub telegram = new TelegramStub(TOKEN)) {
      Map<String, String> env = new HashMap<>(lifecycleEnv(telegram));
      env.put("TELEGRAM_BOT_TOKEN", "999:pasted with spaces");
      assertThatThrownBy(() -> new LifecycleHandler(env))
          .hasMessageContaining("bot token")
          .hasMessageNotContaining("pasted");
    }
  }

  @Test
  void secretsComeFromSsmWithDecryption() throws Exception {
    try (SsmStub ssm = new SsmStub(Map.of("/kite/dev/secret", "from-ssm\n"))) {
      Map<String, String> env = new HashMap<>();
      env.put("TELEGRAM_SECRET_TOKEN_PARAMETER", "/kite/dev/secret");
      env.put("SSM_ENDPOINT", ssm.baseUrl().toString());
      env.put("AWS_REGION", "eu-north-1");
      env.put("AWS_ACCESS_KEY_ID", "AKIDEXAMPLE");
      env.put("AWS_SECRET_ACCESS_KEY", "secret");
      env.put("AWS_SESSION_TOKEN", "session");
      TelegramAuthorizer authorizer = new TelegramAuthorizer(env);
      assertThat(ssm.decryptionRequested()).isTrue();
      String ok =
          Fixtures.event(
              "authorizer.json",
              Map.of(
                  "TOKEN",
                  "from-ssm",
                  "HEADERS",
                  Map.of("X-Telegram-Bot-Api-Secret-Token", "from-ssm")));
      assertThat(invoke(authorizer, ok).map()).isEqualTo(Map.of("isAuthorized", true));

      env.put("TELEGRAM_SECRET_TOKEN_PARAMETER", "/kite/dev/missing");
      assertThatThrownBy(() -> new TelegramAuthorizer(env))
          .isInstanceOf(ConfigurationException.class)
          .hasMessage("SSM parameters not found: /kite/dev/missing");
    }
  }

  @Test
  void thePlaceholderWrittenForAnUnsetSecretIsRefusedAtStartup() throws Exception {
    String placeholder = LambdaEnvironment.UNSET_SECRET;
    try (SsmStub ssm = new SsmStub(Map.of("/kite/dev/secret", placeholder))) {
      Map<String, String> env = new HashMap<>();
      env.put("TELEGRAM_SECRET_TOKEN_PARAMETER", "/kite/dev/secret");
      env.put("SSM_ENDPOINT", ssm.baseUrl().toString());
      env.put("AWS_REGION", "eu-north-1");
      env.put("AWS_ACCESS_KEY_ID", "AKIDEXAMPLE");
      env.put("AWS_SECRET_ACCESS_KEY", "secret");
      assertThatThrownBy(() -> new TelegramAuthorizer(env))
          .isInstanceOf(ConfigurationException.class)
          .hasMessageContaining("TELEGRAM_SECRET_TOKEN_PARAMETER")
          .hasMessageContaining("placeholder")
          .hasMessageNotContaining(placeholder);
    }
    assertThatThrownBy(() -> new TelegramAuthorizer(Map.of("TELEGRAM_SECRET_TOKEN", placeholder)))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageNotContaining(placeholder);
    try (KiteHarness kite = new KiteHarness()) {
      Map<String, String> env = new HashMap<>(kite.environment);
      env.put("TELEGRAM_SECRET_TOKEN", placeholder);
      assertThatThrownBy(() -> new RequestDispatcher(env))
          .isInstanceOf(ConfigurationException.class)
          .hasMessageStartingWith("TELEGRAM_SECRET_TOKEN holds the placeholder")
          .hasMessageNotContaining(placeholder);
      env.put("TELEGRAM_SECRET_TOKEN", KiteHarness.SECRET);
      env.put("TELEGRAM_BOT_TOKEN", placeholder);
      assertThatThrownBy(() -> new RequestDispatcher(env))
          .hasMessageStartingWith("TELEGRAM_BOT_TOKEN holds the placeholder");
    }
  }

  @Test
  void missingConfigurationIsNamedAtStartup() {
    assertThatThrownBy(() -> new RequestDispatcher(Map.of()))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage(
            "request dispatcher cannot start: missing environment variable(s) KITE_STAGE,"
                + " WS_API_EXECUTION_ENDPOINT, BUCKET_NAME, AWS_REGION, AWS_ACCESS_KEY_ID,"
                + " AWS_SECRET_ACCESS_KEY");
    try (KiteHarness kite = new KiteHarness()) {
      Map<String, String> env = new HashMap<>(kite.environment);
      env.remove("TELEGRAM_BOT_TOKEN");
      assertThatThrownBy(() -> new RequestDispatcher(env))
          .hasMessage(
              "request dispatcher cannot start: missing environment variable(s)"
                  + " TELEGRAM_BOT_TOKEN or TELEGRAM_BOT_TOKEN_PARAMETER");
      env.put("TELEGRAM_BOT_TOKEN", "x");
      env.put("DYNAMODB_ENDPOINT", "ftp://nowhere");
      assertThatThrownBy(() -> new RequestDispatcher(env))
          .hasMessage("DYNAMODB_ENDPOINT must be an http(s) URL, got: ftp://nowhere");
    }
    assertThatThrownBy(() -> new TelegramAuthorizer(Map.of()))
        .hasMessage(
            "telegram authorizer cannot start: missing environment variable(s)"
                + " TELEGRAM_SECRET_TOKEN or TELEGRAM_SECRET_TOKEN_PARAMETER");
    assertThatThrownBy(() -> new LifecycleHandler(Map.of()))
        .hasMessageStartingWith(
            "lifecycle handler cannot start: missing environment variable(s) TELEGRAM_WEBHOOK_ENDPOINT");
  }
}
