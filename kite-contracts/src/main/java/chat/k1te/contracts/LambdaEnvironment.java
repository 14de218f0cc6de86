package chat.k1te.contracts;

/** Environment variables the Lambdas read at init; infra sets them, the local runtime too. */
public final class LambdaEnvironment {
  private LambdaEnvironment() {}

  /** The stage ({@code dev}, {@code prod}, {@code local}); prefixes table names. */
  public static final String STAGE = "KITE_STAGE";

  /**
   * The WebSocket stage URL as https (management API endpoint), e.g. https://id.execute-api…/dev.
   */
  public static final String WS_API_EXECUTION_ENDPOINT = "WS_API_EXECUTION_ENDPOINT";

  /** The wss:// URL shown to hosts after /host. */
  public static final String WS_API_PUBLIC_URL = "WS_API_PUBLIC_URL";

  /** The public URL of {@code POST /tg}, registered as the Telegram webhook. */
  public static final String TELEGRAM_WEBHOOK_ENDPOINT = "TELEGRAM_WEBHOOK_ENDPOINT";

  /** The object-store bucket for files. */
  public static final String BUCKET_NAME = "BUCKET_NAME";

  /** SSM SecureString parameter names holding the bot token and the webhook secret. */
  public static final String TELEGRAM_BOT_TOKEN_PARAMETER = "TELEGRAM_BOT_TOKEN_PARAMETER";

  public static final String TELEGRAM_SECRET_TOKEN_PARAMETER = "TELEGRAM_SECRET_TOKEN_PARAMETER";

  /**
   * The value infra writes into a secret's SSM parameter when the Terraform variable is unset (a
   * parameter must hold something). It is public knowledge, so the Lambdas refuse to start with it.
   */
  public static final String UNSET_SECRET = "unset-apply-with-the-secret";

  /** Local runtime and tests only: values given directly instead of through SSM. */
  public static final String TELEGRAM_BOT_TOKEN = "TELEGRAM_BOT_TOKEN";

  public static final String TELEGRAM_SECRET_TOKEN = "TELEGRAM_SECRET_TOKEN";

  /** Local runtime and tests only: endpoint overrides. */
  public static final String TELEGRAM_API_BASE_URL = "TELEGRAM_API_BASE_URL";

  public static final String DYNAMODB_ENDPOINT = "DYNAMODB_ENDPOINT";
  public static final String S3_ENDPOINT = "S3_ENDPOINT";
  public static final String SSM_ENDPOINT = "SSM_ENDPOINT";

  /** Set by the Lambda runtime. */
  public static final String AWS_REGION = "AWS_REGION";
}
