package chat.k1te.infra.ops;

/**
 * Names of a stage's operations resources. They all start with {@code <scopedStage>-kite-} (query
 * definitions live in the installation's folder {@code kite/<stage>/}), which is what the deploy
 * roles are scoped by. The scopedStage is the stage as the installation names it ({@code dev},
 * {@code acme-dev}: {@link chat.k1te.contracts.Installation#scopedStage}).
 */
public final class OpsNames {
  private OpsNames() {}

  /** Prefix of the topic, alarms, dashboard, budget and event rule of a stage scopedStage. */
  public static String prefix(String scopedStage) {
    return scopedStage + "-kite-";
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

  /**
   * A saved Logs Insights query in a folder ({@link chat.k1te.contracts.Installation#queryFolder}:
   * {@code kite/dev/}); the slashes make a folder per stage in the console.
   */
  public static String query(String folder, String question) {
    return folder + question;
  }
}
