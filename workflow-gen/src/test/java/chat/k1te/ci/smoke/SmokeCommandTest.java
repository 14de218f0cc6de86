package chat.k1te.ci.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import chat.k1te.ci.CiRun;
import chat.k1te.ci.ExitCode;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SmokeCommandTest {
  private final Map<String, String> env =
      new HashMap<>(Map.of("TELEGRAM_SECRET_TOKEN", StageStub.SECRET));

  private CiRun.Result smoke(StageStub stage, String... extra) {
    String[] args = new String[4 + extra.length];
    args[0] = "smoke";
    args[1] = "--ws-url=" + stage.wsUrl();
    args[2] = "--webhook-url=" + stage.webhookUrl();
    args[3] = "--timeout=5s";
    System.arraycopy(extra, 0, args, 4, extra.length);
    CiRun.Result result = CiRun.run(env, args);
    assertThat(result.out() + result.err()).doesNotContain(StageStub.SECRET);
    return result;
  }

  @Test
  void healthyStagePassesEveryCheck() throws Exception {
    try (StageStub stage = new StageStub(StageStub.Behaviour.healthy())) {
      CiRun.Result result = smoke(stage, "--channel", "kite-demo");

      assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.OK);
      assertThat(
              result
                  .out()
                  .lines()
                  .filter(l -> l.startsWith("✔ "))
                  .map(l -> l.replaceAll("smoke-[0-9a-f]{16}", "smoke-<random>")))
          .containsExactly(
              "✔ WebSocket connect "
                  + stage.wsUrl()
                  + "?c=smoke-<random> (a channel nobody hosts) is refused with 404: HTTP 404",
              "✔ POST " + stage.webhookUrl() + " without the secret header is refused: HTTP 401",
              "✔ POST with a wrong secret header is refused: HTTP 403",
              "✔ POST with the secret header and a harmless update is accepted: HTTP 200",
              "✔ WebSocket connect " + stage.wsUrl() + "?c=kite-demo: subprotocol k1te.chat.v1",
              "✔ [\"PING\"] answered with [\"PONG\"]",
              "✔ smoke: all 6 checks passed");
      assertThat(stage.connectedPaths).containsExactly("/dev?c=kite-demo");
      assertThat(stage.secretHeaders).hasSize(2).last().isEqualTo(StageStub.SECRET);
      assertThat(stage.secretHeaders.get(0)).doesNotContain(StageStub.SECRET);
    }
  }

  @Test
  void missingSubprotocolFails() throws Exception {
    try (StageStub stage = new StageStub(new StageStub.Behaviour(false, true, true, true))) {
      CiRun.Result result = smoke(stage, "--channel", "kite-demo");

      assertThat(result.exitCode()).isEqualTo(ExitCode.FAILURE);
      assertThat(result.out())
          .contains(
              "✘ WebSocket connect "
                  + stage.wsUrl()
                  + "?c=kite-demo: the server did not select subprotocol k1te.chat.v1 (Sec-WebSocket-Protocol: absent)");
      assertThat(result.err()).contains("✘ smoke: 1 of 5 checks failed");
    }
  }

  @Test
  void missingPongFails() throws Exception {
    try (StageStub stage = new StageStub(new StageStub.Behaviour(true, false, true, true))) {
      CiRun.Result result =
          CiRun.run(
              env,
              "smoke",
              "--ws-url",
              stage.wsUrl(),
              "--webhook-url",
              stage.webhookUrl(),
              "--channel",
              "kite-demo",
              "--timeout",
              "300ms");

      assertThat(result.exitCode()).isEqualTo(ExitCode.FAILURE);
      assertThat(result.out())
          .contains("✘ [\"PING\"] answered with [\"PONG\"]: no answer within 300 ms");
    }
  }

  @Test
  void aStageThatHostsNoChannelPassesWithoutOne() throws Exception {
    try (StageStub stage = new StageStub(StageStub.Behaviour.healthy())) {
      CiRun.Result result = smoke(stage, "--channel", "");

      assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.OK);
      assertThat(result.out())
          .containsPattern("✔ WebSocket connect .*\\?c=smoke-[0-9a-f]{16} .*: HTTP 404")
          .contains("✔ smoke: all 4 checks passed")
          .doesNotContain("PING");
      assertThat(stage.connectedPaths).isEmpty();
    }
  }

  @Test
  void aStageThatAcceptsAnyChannelFails() throws Exception {
    try (StageStub stage = new StageStub(new StageStub.Behaviour(true, true, false, true))) {
      CiRun.Result result = smoke(stage);

      assertThat(result.exitCode()).isEqualTo(ExitCode.FAILURE);
      assertThat(result.out())
          .contains(
              "is refused with 404: the connect was accepted: the stage does not check channels");
      assertThat(result.err()).contains("✘ smoke: 1 of 4 checks failed");
    }
  }

  @Test
  void aHostedChannelThatIsRefusedFails() throws Exception {
    try (StageStub stage = new StageStub(StageStub.Behaviour.healthy())) {
      CiRun.Result result = smoke(stage, "--channel", "not-hosted-here");

      assertThat(result.exitCode()).isEqualTo(ExitCode.FAILURE);
      assertThat(result.out())
          .contains("✘ WebSocket connect " + stage.wsUrl() + "?c=not-hosted-here: handshake failed")
          .contains("is the channel hosted in this stage's bot?");
    }
  }

  @Test
  void webhookWithoutSecretCheckFails() throws Exception {
    try (StageStub stage = new StageStub(new StageStub.Behaviour(true, true, true, false))) {
      CiRun.Result result = smoke(stage, "--channel", "kite-demo");

      assertThat(result.exitCode()).isEqualTo(ExitCode.FAILURE);
      assertThat(result.out())
          .contains(
              "✘ POST "
                  + stage.webhookUrl()
                  + " without the secret header is refused: expected 401 or 403, got HTTP 200")
          .contains(
              "✘ POST with a wrong secret header is refused: expected 401 or 403, got HTTP 200")
          .contains("✔ POST with the secret header and a harmless update is accepted");
    }
  }

  @Test
  void wrongSecretIsNotAccepted() throws Exception {
    env.put("TELEGRAM_SECRET_TOKEN", "not-the-configured-one");
    try (StageStub stage = new StageStub(StageStub.Behaviour.healthy())) {
      CiRun.Result result = smoke(stage, "--channel", "kite-demo");

      assertThat(result.exitCode()).isEqualTo(ExitCode.FAILURE);
      assertThat(result.out())
          .contains(
              "✘ POST with the secret header and a harmless update is accepted: expected 200, got HTTP 403");
      assertThat(result.out() + result.err()).doesNotContain("not-the-configured-one");
    }
  }

  @Test
  void unreachableStageFails() {
    CiRun.Result result =
        CiRun.run(
            env,
            "smoke",
            "--ws-url",
            "ws://127.0.0.1:1/dev",
            "--webhook-url",
            "http://127.0.0.1:1/dev/tg",
            "--timeout",
            "2s");

    assertThat(result.exitCode()).isEqualTo(ExitCode.FAILURE);
    assertThat(result.out())
        .contains(
            "✘ WebSocket connect ws://127.0.0.1:1/dev",
            "✘ POST http://127.0.0.1:1/dev/tg without the secret header is refused: no HTTP answer (ConnectException");
  }

  @Test
  void missingSecretIsInvalidInput() {
    env.remove("TELEGRAM_SECRET_TOKEN");

    CiRun.Result result =
        CiRun.run(
            env,
            "smoke",
            "--ws-url",
            "ws://127.0.0.1:1/dev",
            "--webhook-url",
            "http://127.0.0.1:1/dev/tg");

    assertThat(result.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(result.err())
        .contains(
            "Environment variable TELEGRAM_SECRET_TOKEN is not set (needed for the webhook checks of smoke)");
  }

  @Test
  void badUrlIsInvalidInput() {
    CiRun.Result result =
        CiRun.run(
            env,
            "smoke",
            "--ws-url",
            "https://example.com/dev",
            "--webhook-url",
            "http://127.0.0.1:1/dev/tg");

    assertThat(result.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(result.err())
        .contains("--ws-url must be an absolute ws or wss URL, got 'https://example.com/dev'");
  }
}
