package chat.k1te.local;

/**
 * s3proxy brings logback, which logs everything at DEBUG without a configuration; point it at ours
 * (warnings only) unless the caller configured logging already. Must run before the first log call.
 */
final class QuietLogging {
  private static final String LOGBACK_PROVIDER =
      "ch.qos.logback.classic.spi.LogbackServiceProvider";

  private QuietLogging() {}

  static void apply() {
    if (System.getProperty("logback.configurationFile") == null) {
      System.setProperty("logback.configurationFile", "kite-local/logback.xml");
    }
    if (System.getProperty("slf4j.internal.verbosity") == null) {
      System.setProperty("slf4j.internal.verbosity", "WARN");
    }
    if (System.getProperty("slf4j.provider") == null && present(LOGBACK_PROVIDER)) {
      System.setProperty("slf4j.provider", LOGBACK_PROVIDER);
    }
  }

  private static boolean present(String className) {
    try {
      Class.forName(className, false, QuietLogging.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
