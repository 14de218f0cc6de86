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
      assertThat(result.out()).contains("✔ smoke: all 5 checks passed");
      assertThat(result.out() + result.err()).doesNotContain(secret);
    }
  }

  @Test
  void theLocalRuntimeRefusesAConnectWithoutAChannel() {
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
          .contains("✘ WebSocket connect " + runtime.wsUrl() + ": handshake failed")
          .contains("✔ POST with a wrong secret header is refused: HTTP 403")
          .contains(
              "✘ POST with the secret header and a harmless update is accepted: expected 200, got HTTP 403");
    }
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
