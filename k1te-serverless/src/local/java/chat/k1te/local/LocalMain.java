package chat.k1te.local;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ./mvnw -pl k1te-serverless -am test-compile exec:java}: runs the chat until Ctrl-C. */
@Command(
    name = "kite-local",
    mixinStandardHelpOptions = true,
    version = "kite-local (Kite chat local runtime)",
    description =
        "Runs the whole Kite chat on this machine: the Lambda handlers behind a local API Gateway,"
            + " dynalite, s3proxy, a Telegram Bot API stand-in with an operator page, and a demo"
            + " page. Everything stops on Ctrl-C.",
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {
      "0:stopped",
      "1:could not start (e.g. the port is taken)",
      "2:invalid options",
      "3:an engine (dynalite, s3proxy) died and could not be restarted"
    })
public final class LocalMain implements Callable<Integer> {
  @Option(
      names = "--port",
      description = "HTTP port for everything (0 = any free port). Default: ${DEFAULT-VALUE}.")
  int port = LocalRuntimeOptions.DEFAULT_PORT;

  @Option(names = "--stage", description = "API stage and table prefix. Default: ${DEFAULT-VALUE}.")
  String stage = LocalRuntimeOptions.DEFAULT_STAGE;

  @Option(
      names = "--telegram-token",
      paramLabel = "<token>",
      description =
          "Use a REAL Telegram bot instead of the stand-in: its webhook is deleted, updates are"
              + " long-polled with getUpdates, the handlers call api.telegram.org. No demo channel"
              + " is hosted. Tested against a stub only, never the network.")
  String telegramToken;

  @Spec CommandLine.Model.CommandSpec spec;

  private final CountDownLatch stopped = new CountDownLatch(1);

  public static void main(String[] args) {
    QuietLogging.apply();
    System.exit(commandLine().execute(args));
  }

  /** The command with its error handling: a message, not a stack trace. */
  static CommandLine commandLine() {
    return new CommandLine(new LocalMain())
        .setExecutionExceptionHandler(
            (e, cmd, parsed) -> {
              cmd.getErr().println("kite-local: " + e.getMessage());
              cmd.getErr().flush();
              return e instanceof IllegalArgumentException ? 2 : 1;
            });
  }

  @Override
  public Integer call() throws Exception {
    LocalRuntimeOptions options =
        new LocalRuntimeOptions(port, stage, Optional.ofNullable(telegramToken));
    PrintWriter out = spec.commandLine().getOut();
    try (LocalRuntime runtime = LocalRuntime.start(options)) {
      out.printf(
          "Kite chat is running (started in %d ms). Press Ctrl-C to stop.%n",
          runtime.startupMillis());
      out.printf("  demo page      %s%n", runtime.demoPageUrl());
      if (runtime.telegram().isPresent()) {
        out.printf(
            "  operator page  %s/  (group \"%s\", chat %d)%n",
            runtime.telegramUrl(), LocalRuntime.DEMO_CHAT_TITLE, LocalRuntime.DEMO_CHAT_ID);
      } else {
        out.printf(
            "  telegram       real bot, long polling (host a channel with /host <name> in your group)%n");
      }
      out.printf(
          "  websocket      %s?c=%s  (subprotocol k1te.chat.v1)%n",
          runtime.wsUrl(), runtime.demoChannel());
      out.printf("  webhook        POST %s%n", runtime.webhookUrl());
      out.flush();
      Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
      runtime.failure().thenRun(stopped::countDown);
      stopped.await();
      if (runtime.failure().isDone()) {
        spec.commandLine().getErr().println("kite-local: " + runtime.failure().join());
        return 3;
      }
    }
    return 0;
  }
}
