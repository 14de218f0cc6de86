package chat.k1te.serverless.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chat.k1te.serverless.LifecycleHandler;
import chat.k1te.serverless.TelegramAuthorizer;
import chat.k1te.serverless.json.Json;
import chat.k1te.serverless.runtime.ErrorReport;
import chat.k1te.serverless.support.Fixtures;
import chat.k1te.serverless.support.KiteHarness;
import chat.k1te.serverless.support.TelegramStub;
import chat.k1te.serverless.support.Updates;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The handlers log one JSON object per event, with the request id, and never a secret: they run
 * here with known secrets through their failure paths while standard output and error are captured.
 */
class StructuredLogTest {
  static final long HOST_CHAT = -1009876543210L;

  private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
  private final ByteArrayOutputStream capturedErr = new ByteArrayOutputStream();
  private PrintStream stdout;
  private PrintStream stderr;

  @BeforeEach
  void capture() {
    stdout = System.out;
    stderr = System.err;
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(capturedErr, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setOut(stdout);
    System.setErr(stderr);
  }

  /**
   * The JSON lines of standard output (where the Lambdas log). Lines of another shape come from the
   * test class path (the local engines' libraries log through SLF4J here; the Lambda package has no
   * SLF4J provider); {@link #assertNoSecret} reads them too.
   */
  private List<Map<String, Object>> lines() throws Exception {
    List<Map<String, Object>> parsed = new ArrayList<>();
    for (String line : captured.toString(StandardCharsets.UTF_8).split("\n")) {
      if (line.startsWith("{")) {
        parsed.add(Json.parseObject(line));
      }
    }
    return parsed;
  }

  private void assertNoSecret(String... secrets) {
    String all =
        captured.toString(StandardCharsets.UTF_8) + capturedErr.toString(StandardCharsets.UTF_8);
    for (String secret : secrets) {
      assertThat(all).as("the log holds no secret").doesNotContain(secret);
    }
  }

  @Test
  void anInvocationIsOneLineWithRequestIdHandlerKindOutcomeAndDuration() throws Exception {
    try (Invocation invocation = Log.begin("request-dispatcher", "req-42")) {
      Log.annotate("frame", "TXT");
      invocation.outcome("err:400");
    }
    List<Map<String, Object>> lines = lines();
    assertThat(lines).hasSize(1);
    Map<String, Object> line = lines.get(0);
    assertThat(line)
        .containsEntry("level", "INFO")
        .containsEntry("message", "invocation")
        .containsEntry("requestId", "req-42")
        .containsEntry("handler", "request-dispatcher")
        .containsEntry("frame", "TXT")
        .containsEntry("outcome", "err:400")
        .containsKeys("timestamp", "durationMs");
  }

  @Test
  void aMultiLineMessageAndAStackTraceStayOneLine() throws Exception {
    Log.error("first\nsecond", new IllegalStateException("a\nb"), Map.of("k", "v\nw"));
    String out = captured.toString(StandardCharsets.UTF_8);
    assertThat(out.strip()).doesNotContain("\n");
    Map<String, Object> line = lines().get(0);
    assertThat(line).containsEntry("message", "first\nsecond").containsEntry("k", "v\nw");
    assertThat(String.valueOf(line.get("error"))).contains("IllegalStateException", "stack");
  }

  @Test
  void aMetricIsAnEmbeddedMetricFormatLine() throws Exception {
    try (Invocation ignored = Log.begin("request-dispatcher", "req-7")) {
      Log.metric("Kite", "PostToConnectionFailures", "Count", 1, Map.of("Stage", "dev"));
    }
    Map<String, Object> metric = lines().get(0);
    assertThat(metric).containsEntry("PostToConnectionFailures", 1.0).containsEntry("Stage", "dev");
    assertThat(metric).containsEntry("requestId", "req-7");
    @SuppressWarnings("unchecked")
    Map<String, Object> aws = (Map<String, Object>) metric.get("_aws");
    assertThat(aws.get("CloudWatchMetrics"))
        .isEqualTo(
            List.of(
                Map.of(
                    "Namespace",
                    "Kite",
                    "Dimensions",
                    List.of(List.of("Stage")),
                    "Metrics",
                    List.of(Map.of("Name", "PostToConnectionFailures", "Unit", "Count")))));
  }

  @Test
  void theDispatcherLogsAFailedPinAndEachInvocationWithoutTheBotTokenOrWebhookSecret()
      throws Exception {
    try (KiteHarness kite = new KiteHarness()) {
      kite.webhook(Updates.update(Updates.text(HOST_CHAT, "Support", 7, "/host log-test")));
      captured.reset(); // the local engines may print their own start-up notices
      // Telegram answers with an error text that repeats the secrets (as a proxy or a stub might)
      String echo = "no rights for " + KiteHarness.BOT_TOKEN + " / " + KiteHarness.SECRET;
      kite.telegram.fail("pinChatMessage", 400, echo);
      kite.connect("c-log", Map.of("c", "log-test"));
      kite.send("c-log", "[\"JOIN\",\"Visitor777\",\"Ann\",\"log-test\"]");
      assertThat(kite.send("c-log", "[\"TXT\",\"m-1\",\"hi\",\"2026-11-28T09:40:00Z\"]").get(0))
          .as("a failed pin does not stop the delivery")
          .isEqualTo("ACK");
      kite.telegram.fail("sendMessage", 502, echo);
      kite.send("c-log", "[\"TXT\",\"m-2\",\"again\",\"2026-11-28T09:40:01Z\"]");
      kite.webhook("{}", Map.of("x-telegram-bot-api-secret-token", KiteHarness.SECRET + "-wrong"));
      kite.webhook("not json", Map.of("x-telegram-bot-api-secret-token", KiteHarness.SECRET));

      List<Map<String, Object>> lines = lines();
      assertThat(lines)
          .filteredOn(l -> "pin failed".equals(l.get("message")))
          .singleElement()
          .satisfies(
              l -> {
                assertThat(l).containsEntry("level", "WARN");
                assertThat(String.valueOf(l.get("error"))).contains("no rights for");
              });
      assertThat(lines)
          .filteredOn(l -> "invocation".equals(l.get("message")))
          .extracting(l -> l.get("frame"))
          .contains("JOIN", "TXT");
      assertThat(lines)
          .as("a routed message names its channel (the messages-per-channel query groups by it)")
          .filteredOn(l -> "invocation".equals(l.get("message")) && "TXT".equals(l.get("frame")))
          .extracting(l -> l.get("channel"))
          .contains("log-test");
      assertThat(lines)
          .filteredOn(l -> "invocation".equals(l.get("message")))
          .extracting(l -> l.get("outcome"))
          .contains("ok", "err:502", "status:403", "status:400");
      assertThat(lines).allSatisfy(l -> assertThat(l).containsKeys("level", "timestamp"));
      assertNoSecret(KiteHarness.BOT_TOKEN, KiteHarness.SECRET);
    }
  }

  @Test
  void aFailingLifecycleCallIsLoggedAndReportedWithoutTheSecrets() throws Exception {
    String token = "4242:lifecycle-secret-token";
    String secret = "lifecycle-webhook-secret";
    try (TelegramStub telegram = new TelegramStub(token)) {
      telegram.fail("setWebhook", 401, "Unauthorized: " + token + " " + secret);
      LifecycleHandler handler =
          new LifecycleHandler(
              Map.of(
                  "TELEGRAM_BOT_TOKEN",
                  token,
                  "TELEGRAM_SECRET_TOKEN",
                  secret,
                  "TELEGRAM_WEBHOOK_ENDPOINT",
                  "https://api.example.test/dev/tg",
                  "TELEGRAM_API_BASE_URL",
                  telegram.baseUrl().toString()));
      byte[] event = Fixtures.load("lifecycle-create.json").getBytes(StandardCharsets.UTF_8);
      Throwable thrown =
          org.assertj.core.api.Assertions.catchThrowable(
              () ->
                  handler.handleRequest(
                      new ByteArrayInputStream(event), new ByteArrayOutputStream(), null));
      assertThat(thrown).isNotNull();
      assertThat(ErrorReport.of(ErrorReport.HANDLER_FAILED, thrown).errorMessage())
          .as("what the runtime reports to Lambda")
          .contains("Unauthorized")
          .doesNotContain(token)
          .doesNotContain(secret);
      assertThat(lines())
          .singleElement()
          .satisfies(
              l ->
                  assertThat(l)
                      .containsEntry("level", "ERROR")
                      .containsEntry("handler", "lifecycle")
                      .containsEntry("action", "create")
                      .containsEntry("outcome", "error"));
      assertNoSecret(token, secret);
    }
  }

  @Test
  void theAuthorizerLogsItsDecisionNotThePresentedToken() throws Exception {
    String secret = "authorizer-secret-1234";
    TelegramAuthorizer authorizer = new TelegramAuthorizer(Map.of("TELEGRAM_SECRET_TOKEN", secret));
    for (String presented : List.of(secret, secret + "x", "guess")) {
      String event = "{\"headers\":{\"x-telegram-bot-api-secret-token\":\"" + presented + "\"}}";
      authorizer.handleRequest(
          new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)),
          new ByteArrayOutputStream(),
          null);
    }
    authorizer.handleRequest(
        new ByteArrayInputStream("{\"headers\": ".getBytes(StandardCharsets.UTF_8)),
        new ByteArrayOutputStream(),
        null);
    assertThat(lines())
        .extracting(l -> l.get("outcome"))
        .containsExactly("authorized", "denied", "denied", "denied");
    assertNoSecret(secret, "guess");
  }

  @Test
  void linesBelowTheThresholdAreNotWritten() throws Exception {
    Log.threshold(Level.WARN);
    try {
      Log.info("quiet", Map.of());
      Log.warn("loud", null, Map.of());
    } finally {
      Log.threshold(Level.INFO);
    }
    assertThat(lines()).extracting(l -> l.get("message")).containsExactly("loud");
    assertThat(Level.threshold("TRACE")).isEqualTo(Level.DEBUG);
    assertThat(Level.threshold("fatal")).isEqualTo(Level.ERROR);
    assertThat(Level.threshold(null)).isEqualTo(Level.INFO);
  }

  @Test
  void nothingOutsideAnInvocationLosesAFailure() throws Exception {
    assertThatThrownBy(
            () -> {
              throw new IllegalStateException("x");
            })
        .satisfies(e -> Log.failed("outside", e));
    assertThat(lines())
        .singleElement()
        .satisfies(l -> assertThat(l).containsEntry("level", "ERROR"));
  }
}
