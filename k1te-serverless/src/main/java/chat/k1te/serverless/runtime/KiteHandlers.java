package chat.k1te.serverless.runtime;

import chat.k1te.contracts.KiteFunction;
import chat.k1te.serverless.LifecycleHandler;
import chat.k1te.serverless.RequestDispatcher;
import chat.k1te.serverless.TelegramAuthorizer;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Maps the function's {@code _HANDLER} setting to a Kite handler and builds it, with plain {@code
 * new}: no reflection, so the native image needs no metadata for it.
 */
public final class KiteHandlers {
  private KiteHandlers() {}

  /**
   * Accepts the java21 handler string ({@code
   * chat.k1te.serverless.RequestDispatcher::handleRequest}), the class name alone, or the function
   * suffix ({@code request-dispatcher}).
   */
  public static KiteFunction resolve(String handler) {
    if (handler == null || handler.isBlank()) {
      throw new UnknownHandlerException("_HANDLER is not set; expected one of " + accepted());
    }
    String wanted = handler.trim();
    for (KiteFunction function : KiteFunction.values()) {
      String handlerString = function.handler();
      String className = handlerString.substring(0, handlerString.indexOf("::"));
      if (wanted.equals(handlerString)
          || wanted.equals(className)
          || wanted.equals(function.suffix())) {
        return function;
      }
    }
    throw new UnknownHandlerException(
        "_HANDLER '" + wanted + "' names no Kite handler; expected one of " + accepted());
  }

  /** Builds the handler the runtime calls; its constructor reads the process environment. */
  public static RequestStreamHandler create(KiteFunction function) {
    return switch (function) {
      case REQUEST_DISPATCHER -> new RequestDispatcher();
      case LIFECYCLE -> new LifecycleHandler();
      case TG_AUTHORIZER -> new TelegramAuthorizer();
    };
  }

  private static String accepted() {
    return Arrays.stream(KiteFunction.values())
        .map(function -> function.handler() + " (or " + function.suffix() + ")")
        .collect(Collectors.joining(", "));
  }
}
