package chat.k1te.local;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** One-line log messages of the local runtime on stderr (stdout is left for the URLs). */
public final class LocalLog {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");
  private static volatile boolean enabled = !Boolean.getBoolean("kite.local.quiet");

  private LocalLog() {}

  public static void setEnabled(boolean on) {
    enabled = on;
  }

  /** Something the user must see (an engine died): printed even when logging is off. */
  public static void error(String component, String message) {
    System.err.println(TIME.format(LocalTime.now()) + " [" + component + "] ERROR " + message);
  }

  public static void info(String component, String message) {
    if (enabled) {
      System.err.println(TIME.format(LocalTime.now()) + " [" + component + "] " + message);
    }
  }
}
