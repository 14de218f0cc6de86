package chat.k1te.e2e.support;

/** The JUnit tags of the suites; {@code -Dgroups=<tag>} runs one of them. */
public final class Suites {
  public static final String VISITOR_TO_OPERATOR = "visitor-to-operator";
  public static final String OPERATOR_TO_VISITOR = "operator-to-visitor";
  public static final String TELEGRAM_MEMBER = "telegram-member";
  public static final String COMMANDS = "commands";
  public static final String RECONNECT = "reconnect";
  public static final String PINS = "pins";

  /** The widget page the dev run serves itself, pointed at the local runtime. */
  public static final String SERVED_PAGE = "served-page";

  /** Needs real Telegram Web: excluded from the local target by the pom. */
  public static final String DEV_ONLY = "dev-only";

  /** Needs the local stand-in: excluded from the dev target by the pom. */
  public static final String LOCAL_ONLY = "local-only";

  private Suites() {}
}
