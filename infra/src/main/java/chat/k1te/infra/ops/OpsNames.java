package chat.k1te.infra.ops;

/**
 * Names of a stage's operations resources. They all start with {@code <stage>-kite-} (query
 * definitions live in the folder {@code kite/<stage>/}), which is what the deploy roles are scoped
 * by.
 */
public final class OpsNames {
  private OpsNames() {}

  /** Prefix of the topic, alarms, dashboard, budget and event rule of a stage. */
  public static String prefix(String stage) {
    return stage + "-kite-";
  }

  public static String topic(String stage) {
    return prefix(stage) + "alarms";
  }

  public static String alarm(String stage, String what) {
    return prefix(stage) + what;
  }

  public static String dashboard(String stage) {
    return prefix(stage) + "operations";
  }

  public static String budget(String stage) {
    return prefix(stage) + "monthly";
  }

  public static String webhookCheckRule(String stage) {
    return prefix(stage) + "webhook-check";
  }

  /** A saved Logs Insights query; the slashes make a folder per stage in the console. */
  public static String query(String stage, String question) {
    return "kite/" + stage + "/" + question;
  }
}
