package chat.k1te.serverless;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chat.k1te.contracts.KiteMetrics;
import chat.k1te.serverless.json.Json;
import chat.k1te.serverless.json.JsonObject;
import chat.k1te.serverless.support.TelegramStub;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The scheduled webhook check of the lifecycle function against the Telegram stub. */
class WebhookCheckTest {
  private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");
  private static final String URL = "https://api.example.test/dev/tg";

  private final ByteArrayOutputStream lines = new ByteArrayOutputStream();

  private LifecycleHandler handler(TelegramStub telegram) {
    Map<String, String> env = new HashMap<>(HandlersTest.lifecycleEnv(telegram));
    env.put("KITE_STAGE", "dev");
    return new LifecycleHandler(
        env,
        Clock.fixed(NOW, ZoneOffset.UTC),
        new PrintStream(lines, true, StandardCharsets.UTF_8));
  }

  /** The embedded-metric lines written, as JSON objects. */
  private List<JsonObject> metricLines() {
    return lines.toString(StandardCharsets.UTF_8).lines().map(WebhookCheckTest::parse).toList();
  }

  private double failing() {
    JsonObject line =
        metricLines().stream()
            .filter(l -> l.has(KiteMetrics.WEBHOOK_FAILING))
            .reduce((a, b) -> b)
            .orElseThrow();
    assertThat(line.string("Stage")).contains("dev");
    JsonObject definition = line.object("_aws").objects("CloudWatchMetrics").get(0);
    assertThat(definition.string("Namespace")).contains("Kite");
    assertThat(definition.map().get("Dimensions")).isEqualTo(List.of(List.of("Stage")));
    return ((Number) line.map().get(KiteMetrics.WEBHOOK_FAILING)).doubleValue();
  }

  @Test
  void aHealthyWebhookReportsZero() throws Exception {
    try (TelegramStub telegram = new TelegramStub(HandlersTest.TOKEN)) {
      // an error long ago no longer counts: Telegram keeps the last one after recovery
      telegram.webhookInfo(
          Map.of(
              "url",
              URL,
              "pending_update_count",
              2,
              "last_error_date",
              NOW.minusSeconds(3600).getEpochSecond(),
              "last_error_message",
              "Connection timed out"));
      JsonObject answer = HandlersTest.invoke(handler(telegram), KiteMetrics.WEBHOOK_CHECK_INPUT);
      assertThat(answer.string("webhook")).contains("ok");
      assertThat(failing()).isZero();
      assertThat(telegram.calls("getWebhookInfo")).hasSize(1);
      assertThat(telegram.calls("setWebhook")).isEmpty();
      assertThat(
              metricLines().stream()
                  .filter(l -> l.has(KiteMetrics.WEBHOOK_PENDING_UPDATES))
                  .map(l -> ((Number) l.map().get(KiteMetrics.WEBHOOK_PENDING_UPDATES)).intValue())
                  .toList())
          .containsExactly(2);
    }
  }

  @Test
  void aRecentDeliveryErrorReportsOneWithTelegramsReason() throws Exception {
    try (TelegramStub telegram = new TelegramStub(HandlersTest.TOKEN)) {
      telegram.webhookInfo(
          Map.of(
              "url",
              URL,
              "pending_update_count",
              17,
              "last_error_date",
              NOW.minusSeconds(60).getEpochSecond(),
              "last_error_message",
              "Wrong response from the webhook: 502 Bad Gateway"));
      JsonObject answer = HandlersTest.invoke(handler(telegram), KiteMetrics.WEBHOOK_CHECK_INPUT);
      assertThat(answer.string("webhook").orElseThrow()).startsWith("failing: ").contains("502");
      assertThat(failing()).isEqualTo(1);
      assertThat(lines.toString(StandardCharsets.UTF_8)).doesNotContain(HandlersTest.TOKEN);
    }
  }

  @Test
  void aWebhookThatIsGoneOrPointsElsewhereReportsOne() throws Exception {
    try (TelegramStub telegram = new TelegramStub(HandlersTest.TOKEN)) {
      telegram.webhookInfo(Map.of("url", "", "pending_update_count", 0));
      assertThat(
              HandlersTest.invoke(handler(telegram), KiteMetrics.WEBHOOK_CHECK_INPUT)
                  .string("webhook"))
          .contains("failing: no webhook is set");
      assertThat(failing()).isEqualTo(1);
      telegram.webhookInfo(Map.of("url", "https://other.example/tg", "pending_update_count", 0));
      assertThat(
              HandlersTest.invoke(handler(telegram), KiteMetrics.WEBHOOK_CHECK_INPUT)
                  .string("webhook"))
          .contains("failing: the webhook points elsewhere: https://other.example/tg");
      assertThat(failing()).isEqualTo(1);
    }
  }

  @Test
  void telegramUnreachableOrRefusingCountsAsFailingWithoutShowingTheToken() throws Exception {
    try (TelegramStub telegram = new TelegramStub(HandlersTest.TOKEN)) {
      telegram.fail("getWebhookInfo", 401, "Unauthorized");
      assertThat(
              HandlersTest.invoke(handler(telegram), KiteMetrics.WEBHOOK_CHECK_INPUT)
                  .string("webhook"))
          .contains("failing: getWebhookInfo failed: tg connector error: (401) Unauthorized");
      assertThat(failing()).isEqualTo(1);
    }
    TelegramStub stopped = new TelegramStub(HandlersTest.TOKEN);
    LifecycleHandler handler = handler(stopped);
    stopped.close();
    assertThat(HandlersTest.invoke(handler, KiteMetrics.WEBHOOK_CHECK_INPUT).string("webhook"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("failing: getWebhookInfo failed"));
    assertThat(failing()).isEqualTo(1);
    assertThat(lines.toString(StandardCharsets.UTF_8)).doesNotContain(HandlersTest.TOKEN);
  }

  @Test
  void anUnknownCheckIsRefused() throws Exception {
    try (TelegramStub telegram = new TelegramStub(HandlersTest.TOKEN)) {
      assertThatThrownBy(() -> HandlersTest.invoke(handler(telegram), "{\"check\":\"everything\"}"))
          .hasMessageContaining("unsupported check 'everything'");
      assertThat(telegram.calls()).isEmpty();
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
