package chat.k1te.contracts;

/**
 * The custom CloudWatch metrics the Lambdas emit (embedded metric format log lines) and the stage
 * alarms watch, and the scheduled event that asks the lifecycle function for a webhook check.
 */
public final class KiteMetrics {
  private KiteMetrics() {}

  /** Namespace of every custom metric. */
  public static final String NAMESPACE = "Kite";

  /** The one dimension: the stage ({@code dev}, {@code prod}). */
  public static final String STAGE_DIMENSION = "Stage";

  /** Count: a push to a widget socket failed for a reason other than the socket being gone. */
  public static final String POST_TO_CONNECTION_FAILED = "PostToConnectionFailed";

  /** 1 when the last webhook check found the Telegram webhook failing, else 0. */
  public static final String WEBHOOK_FAILING = "WebhookFailing";

  /** Updates Telegram holds back because it could not deliver them (getWebhookInfo). */
  public static final String WEBHOOK_PENDING_UPDATES = "WebhookPendingUpdates";

  /**
   * Field of the lifecycle function's input that asks for a check instead of a Terraform action.
   */
  public static final String CHECK_FIELD = "check";

  /** The value of {@link #CHECK_FIELD} for the webhook check. */
  public static final String WEBHOOK_CHECK = "webhook";

  /** The scheduled input of the lifecycle function, exactly as the event rule sends it. */
  public static final String WEBHOOK_CHECK_INPUT =
      "{\"" + CHECK_FIELD + "\":\"" + WEBHOOK_CHECK + "\"}";

  /** How often the webhook is checked, and how recent a Telegram delivery error counts. */
  public static final int WEBHOOK_CHECK_MINUTES = 5;
}
