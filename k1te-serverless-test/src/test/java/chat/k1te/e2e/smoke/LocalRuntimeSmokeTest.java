package chat.k1te.e2e.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import chat.k1te.ci.CiEnvironment;
import chat.k1te.ci.CiFactory;
import chat.k1te.ci.ExitCode;
import chat.k1te.ci.codebuild.Cancellation;
import chat.k1te.local.LocalRuntime;
import chat.k1te.local.LocalRuntimeOptions;
import chat.k1te.local.telegram.TelegramStandIn;
import chat.k1te.local.telegram.WebhookConfig;
import chat.k1te.workflows.cli.KiteCi;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code smoke} against the real local runtime: the Lambda handlers behind the local API Gateway
 * emulation, dynalite and s3proxy. The webhook secret is the one the lifecycle handler registered
 * with the Telegram stand-in, as Telegram itself would know it. It lives in the e2e module because
 * it joins two modules: the CI commands (workflow-gen) and the local runtime (k1te-serverless).
 */
class LocalRuntimeSmokeTest {
  @Test
  void theLocalRuntimePassesEveryCheck() {
    try (LocalRuntime runtime = LocalRuntime.start(LocalRuntimeOptions.defaults().withPort(0))) {
      String secret =
          runtime
              .telegram()
              .flatMap(TelegramStandIn::webhook)
              .map(WebhookConfig::secretToken)
              .orElseThrow(() -> new AssertionError("the runtime registered no webhook"));

      Result result =
          run(
              Map.of("TELEGRAM_SECRET_TOKEN", secret),
              "smoke",
              "--ws-url",
              runtime.wsUrl(),
              "--webhook-url",
              runtime.webhookUrl(),
              "--channel",
              runtime.demoChannel());

      assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.OK);
      assertThat(result.out()).contains("✔ smoke: all 6 checks passed");
      assertThat(result.out() + result.err()).doesNotContain(secret);
    }
  }

  @Test
  void aFreshLocalStageWithNoHostedChannelPassesWithoutAChannel() {
    LocalRuntimeOptions fresh = LocalRuntimeOptions.defaults().withPort(0).withoutDemoChannel();
    try (LocalRuntime runtime = LocalRuntime.start(fresh)) {
      Result result =
          run(
              Map.of("TELEGRAM_SECRET_TOKEN", secret(runtime)),
              "smoke",
              "--ws-url",
              runtime.wsUrl(),
              "--webhook-url",
              runtime.webhookUrl());

      assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.OK);
      assertThat(result.out())
          .containsPattern(
              "✔ WebSocket connect \\S+\\?c=smoke-[0-9a-f]{16} \\(a channel nobody hosts\\)"
                  + " is refused with 404: HTTP 404")
          .contains("✔ smoke: all 4 checks passed");
      // the stage really hosts nothing: even the demo channel is refused
      Result demo =
          run(
              Map.of("TELEGRAM_SECRET_TOKEN", secret(runtime)),
              "smoke",
              "--ws-url",
              runtime.wsUrl(),
              "--webhook-url",
              runtime.webhookUrl(),
              "--channel",
              runtime.demoChannel());
      assertThat(demo.exitCode()).isEqualTo(ExitCode.FAILURE);
      assertThat(demo.out()).contains("?c=" + runtime.demoChannel() + ": handshake failed");
    }
  }

  @Test
  void aWrongSecretFailsOnlyTheAcceptedUpdateCheck() {
    try (LocalRuntime runtime = LocalRuntime.start(LocalRuntimeOptions.defaults().withPort(0))) {
      Result result =
          run(
              Map.of("TELEGRAM_SECRET_TOKEN", "not-the-secret"),
              "smoke",
              "--ws-url",
              runtime.wsUrl(),
              "--webhook-url",
              runtime.webhookUrl());

      assertThat(result.exitCode()).isEqualTo(ExitCode.FAILURE);
      assertThat(result.out())
          .contains("is refused with 404: HTTP 404")
          .contains("✔ POST with a wrong secret header is refused: HTTP 403")
          .contains(
              "✘ POST with the secret header and a harmless update is accepted: expected 200, got HTTP 403");
      assertThat(result.err()).contains("✘ smoke: 1 of 4 checks failed");
    }
  }

  private static String secret(LocalRuntime runtime) {
    return runtime
        .telegram()
        .flatMap(TelegramStandIn::webhook)
        .map(WebhookConfig::secretToken)
        .orElseThrow(() -> new AssertionError("the runtime registered no webhook"));
  }

  private record Result(int exitCode, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- out\n" + out + "\n--- err\n" + err;
    }
  }

  private static Result run(Map<String, String> environment, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine =
        KiteCi.commandLine(new CiFactory(new CiEnvironment(environment), new Cancellation()));
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int code = commandLine.execute(args);
    return new Result(code, out.toString(), err.toString());
  }
}
