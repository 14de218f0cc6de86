package chat.k1te.contracts;

/** GitHub environments, variables and secrets the workflows read (docs/contracts.md). */
public final class GithubNames {
  private GithubNames() {}

  public static final String ENV_DEV = "dev";
  public static final String ENV_PROD = "prod";

  public static final String VAR_AWS_REGION = "AWS_REGION";
  public static final String VAR_TF_STATE_BUCKET = "TF_STATE_BUCKET";
  public static final String VAR_ARTIFACTS_BUCKET = "KITE_ARTIFACTS_BUCKET";
  public static final String VAR_BUILD_ROLE_ARN = "KITE_BUILD_ROLE_ARN";
  public static final String VAR_DEPLOY_ROLE_ARN = "KITE_DEPLOY_ROLE_ARN";
  public static final String VAR_DRIFT_ROLE_ARN = "KITE_DRIFT_ROLE_ARN";
  public static final String VAR_DOMAIN = "KITE_DOMAIN";

  /** Optional synth inputs: the alarm e-mail and the stages' monthly budgets (infra/README.md). */
  public static final String VAR_ALARM_EMAIL = "KITE_ALARM_EMAIL";

  public static final String VAR_BUDGET_DEV_USD = "KITE_BUDGET_DEV_USD";
  public static final String VAR_BUDGET_PROD_USD = "KITE_BUDGET_PROD_USD";

  /** Repository variable, optional: native (default), jvm or jvm-aot, for every stage. */
  public static final String VAR_LAMBDA_PACKAGING = "KITE_LAMBDA_PACKAGING";

  /** Repository variable, optional: arm64 (default) or x86_64, for every stage and packaging. */
  public static final String VAR_LAMBDA_ARCHITECTURE = "KITE_LAMBDA_ARCHITECTURE";

  /**
   * Repository variable, optional, default {@code kite}: the installation prefix of every
   * account-unique name ({@link Installation}); a second installation in the same account sets its
   * own.
   */
  public static final String VAR_INSTALLATION = "KITE_INSTALLATION";

  /**
   * Repository variable, optional: {@code true} when the account already had GitHub's OIDC provider
   * when kite-build was first applied (kite-build then looks it up instead of owning it).
   */
  public static final String VAR_EXISTING_GITHUB_OIDC_PROVIDER =
      "KITE_EXISTING_GITHUB_OIDC_PROVIDER";

  /** Environment variable (dev/prod): a channel hosted in that stage's bot, for the smoke test. */
  public static final String VAR_SMOKE_CHANNEL = "KITE_SMOKE_CHANNEL";

  /**
   * Environment variable (dev/prod), optional, default 1: raise it after rotating the Telegram
   * secrets so the write-only SSM values are written again.
   */
  public static final String VAR_TELEGRAM_SECRETS_VERSION = "KITE_TELEGRAM_SECRETS_VERSION";

  public static final String VAR_E2E_WIDGET_URL = "KITE_E2E_WIDGET_URL";
  public static final String VAR_E2E_BOT_NAME = "KITE_E2E_BOT_NAME";

  public static final String SECRET_TELEGRAM_BOT_TOKEN = "TELEGRAM_BOT_TOKEN";
  public static final String SECRET_TELEGRAM_SECRET_TOKEN = "TELEGRAM_SECRET_TOKEN";

  /** Environment secret (dev/prod): Zone DNS edit, for the deploys only. */
  public static final String SECRET_CLOUDFLARE_API_TOKEN = "CLOUDFLARE_API_TOKEN";

  /** Repository secret: a read-only zone token for the drift check's refresh. */
  public static final String SECRET_CLOUDFLARE_API_TOKEN_READ_ONLY =
      "CLOUDFLARE_API_TOKEN_READ_ONLY";

  public static final String SECRET_TELEGRAM_WEB_AUTH_JSON = "TELEGRAM_WEB_AUTH_JSON";

  /** Release tags that trigger tag-to-prod. */
  public static final String RELEASE_TAG_PATTERN = "v*";

  /** Label and title of the one open issue per drifted stack. */
  public static final String DRIFT_LABEL = "drift";

  public static String driftIssueTitle(Stack stack) {
    return "Drift detected in stack " + stack.stackName();
  }

  /** The default repository the OIDC trust policies name. */
  public static final String DEFAULT_REPOSITORY = "pragmasoft-ua/kite-chat";
}
