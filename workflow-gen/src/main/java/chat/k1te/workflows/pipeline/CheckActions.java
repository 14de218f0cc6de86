package chat.k1te.workflows.pipeline;

import chat.k1te.contracts.GithubNames;
import chat.k1te.workflows.model.CompositeAction;
import chat.k1te.workflows.model.CompositeAction.Input;
import chat.k1te.workflows.model.Expr;
import chat.k1te.workflows.model.Ordered;
import chat.k1te.workflows.model.RunStep;
import java.util.List;

/** Composite actions that check a deployed stage: the smoke test and the e2e suites. */
final class CheckActions {
  private CheckActions() {}

  static final CompositeAction SMOKE =
      new CompositeAction(
          "smoke",
          "Smoke-test a stage",
          "Proves the stage without a hosted channel (a connect to a random channel is refused"
              + " with 404, the webhook checks its secret); with a channel also PING on an open"
              + " connection.",
          List.of(
              Input.required("ws-url", "wss://…/<stage> of the stage"),
              Input.required("webhook-url", "https://…/tg of the stage"),
              Input.required("telegram-secret-token", "The stage's webhook secret (secret)"),
              Input.optional(
                  "channel",
                  "Optional: a channel hosted in the stage's bot (variable "
                      + GithubNames.VAR_SMOKE_CHANNEL
                      + ") for the round trip; empty on a stage that hosts none yet",
                  "")),
          List.of(),
          List.of(
              RunStep.bash(
                      "Smoke test",
                      Toolchain.KITE_CI
                          + " smoke --ws-url \"$WS_URL\" --webhook-url \"$WEBHOOK_URL\""
                          + " --channel \"$SMOKE_CHANNEL\"\n")
                  .withEnv(
                      Ordered.map(
                          "WS_URL", Steps.inputs("ws-url"),
                          "WEBHOOK_URL", Steps.inputs("webhook-url"),
                          "TELEGRAM_SECRET_TOKEN", Steps.inputs("telegram-secret-token"),
                          "SMOKE_CHANNEL", Steps.inputs("channel")))));

  /** Every suite of the e2e module, and nothing of the modules it builds on. */
  static final String E2E_SUITES = "chat/k1te/e2e/**/*";

  private static final String AUTH_FILE = Expr.of("runner.temp").text() + "/telegram-web-auth.json";

  static final CompositeAction E2E_RUN =
      new CompositeAction(
          "e2e-run",
          "Run the e2e suites against a stage",
          "Runs the Playwright suites of k1te-serverless-test, and no other module's tests, against"
              + " a deployed stage with a real Telegram Web session (its dev profile installs"
              + " Playwright's own Chromium); the suites serve the widget page for the stage's"
              + " WebSocket URL on 127.0.0.1 unless a hosted page is given.",
          List.of(
              Input.required("ws-url", "WebSocket URL of the stage (its ws_url output)"),
              Input.optional(
                  "widget-url",
                  "Optional: a page you host with the widget wired to the stage (variable "
                      + GithubNames.VAR_E2E_WIDGET_URL
                      + "); empty: the suites serve the widget page themselves",
                  ""),
              Input.required(
                  "bot-name",
                  "Bot user name without @ (variable " + GithubNames.VAR_E2E_BOT_NAME + ")"),
              Input.required(
                  "telegram-web-auth-json",
                  "Base64 Telegram Web storage state (secret "
                      + GithubNames.SECRET_TELEGRAM_WEB_AUTH_JSON
                      + ")")),
          List.of(),
          List.of(
              RunStep.bash(
                      "Write the Telegram Web session",
                      "umask 077\n"
                          + "printf '%s' \"$AUTH_JSON_BASE64\" | base64 --decode > \"$KITE_E2E_TELEGRAM_AUTH\"\n")
                  .withEnv(
                      Ordered.map(
                          "AUTH_JSON_BASE64",
                          Steps.inputs("telegram-web-auth-json"),
                          "KITE_E2E_TELEGRAM_AUTH",
                          AUTH_FILE)),
              RunStep.bash(
                      "Run the e2e suites",
                      // -am builds the modules the suites need; -Dtest keeps their own unit
                      // tests, -DskipITs their packaging tests (both already run by the
                      // deploy's verify) from running again, -Dkite.aot.skip the jvm-aot package
                      // (a training run) the suites do not use from being built
                      "./mvnw -B -ntp -pl "
                          + E2eWorkflow.MODULE
                          + " -am verify -De2e.target=dev \\\n"
                          + "  -Dtest='"
                          + E2E_SUITES
                          + "' -Dsurefire.failIfNoSpecifiedTests=false -DskipITs"
                          + " -Dkite.aot.skip=true\n")
                  .withEnv(
                      Ordered.map(
                          "KITE_E2E_WS_URL", Steps.inputs("ws-url"),
                          "KITE_E2E_WIDGET_URL", Steps.inputs("widget-url"),
                          "KITE_E2E_BOT_NAME", Steps.inputs("bot-name"),
                          "KITE_E2E_TELEGRAM_AUTH", AUTH_FILE)),
              RunStep.bash("Remove the Telegram Web session", "rm -f \"$KITE_E2E_TELEGRAM_AUTH\"\n")
                  .when(Expr.of("always()"))
                  .withEnv(Ordered.map("KITE_E2E_TELEGRAM_AUTH", AUTH_FILE))));
}
