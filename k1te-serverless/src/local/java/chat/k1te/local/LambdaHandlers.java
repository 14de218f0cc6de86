package chat.k1te.local;

import chat.k1te.serverless.LifecycleHandler;
import chat.k1te.serverless.RequestDispatcher;
import chat.k1te.serverless.TelegramAuthorizer;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * How the runtime builds the Lambda handlers from their environment. Without a lifecycle handler
 * the runtime registers the stand-in's webhook itself.
 */
public record LambdaHandlers(
    Function<Map<String, String>, RequestStreamHandler> dispatcher,
    Function<Map<String, String>, RequestStreamHandler> authorizer,
    Optional<Function<Map<String, String>, RequestStreamHandler>> lifecycle) {

  /** The real handlers of the Lambda. */
  public static LambdaHandlers kite() {
    return new LambdaHandlers(
        RequestDispatcher::new, TelegramAuthorizer::new, Optional.of(LifecycleHandler::new));
  }
}
