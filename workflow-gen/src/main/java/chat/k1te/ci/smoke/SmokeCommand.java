package chat.k1te.ci.smoke;

import chat.k1te.ci.CiCommand;
import chat.k1te.ci.CiEnvironment;
import chat.k1te.ci.CiException;
import chat.k1te.ci.DurationConverter;
import chat.k1te.ci.ExitCode;
import chat.k1te.contracts.GithubNames;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kite-ci smoke}: quick checks of a deployed or local stage. */
@Command(
    name = "smoke",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Smoke-tests a deployed or local stage and prints each check with ✔/✘. It needs no hosted"
          + " channel, so it proves a stage's first deploy:",
      "  1. WebSocket connect to --ws-url?c=<random channel> → refused with HTTP 404: the"
          + " dispatcher looked the channel up in DynamoDB (API Gateway → Lambda → DynamoDB).",
      "  2. POST --webhook-url without the X-Telegram-Bot-Api-Secret-Token header → 401/403.",
      "  3. POST with a wrong secret header → 401/403.",
      "  4. POST with the secret from $TELEGRAM_SECRET_TOKEN and a harmless update (no message)"
          + " → 200.",
      "With --channel (a channel hosted in the stage) also the round trip on an open connection:",
      "  5. WebSocket connect to --ws-url?c=<channel> offering subprotocol k1te.chat.v1; the"
          + " server must select it.",
      "  6. [\"PING\"] is answered with [\"PONG\"] (API Gateway's mock route, which answers"
          + " only on an open connection). Connecting anonymously (without m=) stores nothing.",
      "The webhook secret is read from the environment variable TELEGRAM_SECRET_TOKEN only, never"
          + " from a flag, and is never printed."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every check passed",
      "1:at least one check failed",
      "2:invalid input (bad URL, TELEGRAM_SECRET_TOKEN not set)",
      "4:internal error"
    })
public final class SmokeCommand extends CiCommand {
  @Option(
      names = "--ws-url",
      required = true,
      paramLabel = "<ws(s)://…/<stage>>",
      description = "WebSocket URL of the stage, e.g. wss://ws.example.com/dev.")
  String wsUrl;

  @Option(
      names = "--webhook-url",
      required = true,
      paramLabel = "<http(s)://…/tg>",
      description = "Telegram webhook URL of the stage, e.g. https://api.example.com/dev/tg.")
  String webhookUrl;

  @Option(
      names = "--channel",
      paramLabel = "<name>",
      description =
          "A channel hosted in the stage, for the round trip (checks 5, 6); an empty value counts"
              + " as absent (an unset GitHub variable).")
  String channel;

  @Option(
      names = "--timeout",
      defaultValue = "10s",
      paramLabel = "<duration>",
      converter = DurationConverter.class,
      description = "Timeout of each check, e.g. 10s (default: ${DEFAULT-VALUE}).")
  Duration timeout;

  public SmokeCommand() {
    this(CiEnvironment.system());
  }

  public SmokeCommand(CiEnvironment environment) {
    super(environment);
  }

  @Override
  protected int run(PrintWriter out, PrintWriter err) {
    URI ws = uri("--ws-url", wsUrl, "ws", "wss");
    URI webhook = uri("--webhook-url", webhookUrl, "http", "https");
    String secret =
        environment.require(
            GithubNames.SECRET_TELEGRAM_SECRET_TOKEN, "the webhook checks of smoke");
    List<CheckResult> results = new ArrayList<>();
    results.add(
        UnknownChannelCheck.run(withChannel(ws, UnknownChannelCheck.randomChannel()), timeout));
    results.addAll(WebhookCheck.run(webhook, secret, timeout));
    if (channel != null && !channel.isBlank()) {
      results.addAll(WebSocketCheck.run(withChannel(ws, channel), timeout));
    }
    results.forEach(r -> out.println(r.line()));
    long failed = results.stream().filter(r -> !r.passed()).count();
    if (failed > 0) {
      err.println("✘ smoke: " + failed + " of " + results.size() + " checks failed");
      return ExitCode.FAILURE;
    }
    out.println("✔ smoke: all " + results.size() + " checks passed");
    return ExitCode.OK;
  }

  private static URI uri(String option, String value, String... schemes) {
    URI uri;
    try {
      uri = URI.create(value);
    } catch (IllegalArgumentException e) {
      throw CiException.invalidInput(option + " '" + value + "' is not a URL: " + e.getMessage());
    }
    if (uri.getScheme() == null
        || !List.of(schemes).contains(uri.getScheme())
        || uri.getHost() == null) {
      throw CiException.invalidInput(
          option
              + " must be an absolute "
              + String.join(" or ", schemes)
              + " URL, got '"
              + value
              + "'");
    }
    return uri;
  }

  private static URI withChannel(URI uri, String channel) {
    String query = "c=" + URLEncoder.encode(channel, StandardCharsets.UTF_8);
    String existing = uri.getRawQuery();
    return URI.create(
        uri.getScheme()
            + "://"
            + uri.getRawAuthority()
            + (uri.getRawPath() == null ? "" : uri.getRawPath())
            + "?"
            + (existing == null || existing.isEmpty() ? query : existing + "&" + query));
  }
}
