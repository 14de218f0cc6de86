package chat.k1te.local.gateway;

/** A Lambda invocation that threw: API Gateway answers it like an integration error. */
public final class LambdaFailure extends Exception {
  public LambdaFailure(String function, Throwable cause) {
    super(function + " failed: " + cause, cause);
  }
}
