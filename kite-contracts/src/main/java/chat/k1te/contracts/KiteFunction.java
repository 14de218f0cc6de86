package chat.k1te.contracts;

/**
 * The Lambda functions of a stage: their name suffix and the handler the managed Java runtime
 * calls. Infra names the functions {@code <stage>-<suffix>}.
 */
public enum KiteFunction {
  REQUEST_DISPATCHER("request-dispatcher", "chat.k1te.serverless.RequestDispatcher::handleRequest"),
  LIFECYCLE("lifecycle", "chat.k1te.serverless.LifecycleHandler::handleRequest"),
  TG_AUTHORIZER("tg-authorizer", "chat.k1te.serverless.TelegramAuthorizer::handleRequest");

  private final String suffix;
  private final String handler;

  KiteFunction(String suffix, String handler) {
    this.suffix = suffix;
    this.handler = handler;
  }

  public String suffix() {
    return suffix;
  }

  /** The {@code handler} setting for the {@code java21} runtime. */
  public String handler() {
    return handler;
  }

  public String functionName(String stage) {
    return stage + "-" + suffix;
  }
}
