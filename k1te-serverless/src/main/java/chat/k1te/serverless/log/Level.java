package chat.k1te.serverless.log;

import java.util.Locale;

/** The levels Lambda's application log-level filter understands (field {@code level}). */
public enum Level {
  DEBUG,
  INFO,
  WARN,
  ERROR;

  /**
   * The threshold Lambda sets in {@code AWS_LAMBDA_LOG_LEVEL} when the function's logging config
   * has an application log level; INFO when unset or unknown (TRACE counts as DEBUG, FATAL as
   * ERROR).
   */
  public static Level threshold(String setting) {
    if (setting == null) {
      return INFO;
    }
    return switch (setting.strip().toUpperCase(Locale.ROOT)) {
      case "TRACE", "DEBUG" -> DEBUG;
      case "WARN" -> WARN;
      case "ERROR", "FATAL" -> ERROR;
      default -> INFO;
    };
  }
}
