package chat.k1te.local;

import java.util.Objects;
import java.util.Optional;

/**
 * How to start the local runtime.
 *
 * @param port the one HTTP port (0 = a free port)
 * @param stage the API Gateway stage and table prefix
 * @param telegramToken a real bot token: use Telegram itself (long polling) instead of the stand-in
 * @param demoChannel host the demo channel at start (with the stand-in); false gives a fresh stage
 *     that hosts nothing, like a first deploy
 */
public record LocalRuntimeOptions(
    int port, String stage, Optional<String> telegramToken, boolean demoChannel) {
  public static final int DEFAULT_PORT = 8080;
  public static final String DEFAULT_STAGE = "local";

  public LocalRuntimeOptions {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0..65535 (0 = any free port): " + port);
    }
    Objects.requireNonNull(stage, "stage");
    if (!stage.matches("[a-z][a-z0-9-]{0,31}")) {
      throw new IllegalArgumentException(
          "stage must be 1-32 lower-case letters, digits or '-', starting with a letter: '"
              + stage
              + "'");
    }
    Objects.requireNonNull(telegramToken, "telegramToken");
    telegramToken.ifPresent(
        t -> {
          if (!t.matches("\\d+:[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("telegram token must look like <bot id>:<secret>");
          }
        });
  }

  public LocalRuntimeOptions(int port, String stage, Optional<String> telegramToken) {
    this(port, stage, telegramToken, true);
  }

  public static LocalRuntimeOptions defaults() {
    return new LocalRuntimeOptions(DEFAULT_PORT, DEFAULT_STAGE, Optional.empty());
  }

  public LocalRuntimeOptions withPort(int value) {
    return new LocalRuntimeOptions(value, stage, telegramToken, demoChannel);
  }

  /** A fresh stage: no channel is hosted at start. */
  public LocalRuntimeOptions withoutDemoChannel() {
    return new LocalRuntimeOptions(port, stage, telegramToken, false);
  }
}
