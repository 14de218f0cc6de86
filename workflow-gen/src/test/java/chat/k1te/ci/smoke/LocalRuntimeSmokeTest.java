package chat.k1te.ci.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import chat.k1te.ci.CiRun;
import chat.k1te.ci.ExitCode;
import chat.k1te.local.LocalRuntime;
import chat.k1te.local.LocalRuntimeOptions;
import chat.k1te.local.telegram.TelegramStandIn;
import chat.k1te.local.telegram.WebhookConfig;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code smoke} against the real local runtime: the Lambda handlers behind the local API Gateway
 * emulation, dynalite and s3proxy. The webhook secret is the one the lifecycle handler registered
 * with the Telegram stand-in, as Telegram itself would know it.
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

      CiRun.Result result =
          CiRun.run(
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
      CiRun.Result result =
          CiRun.run(
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
}
