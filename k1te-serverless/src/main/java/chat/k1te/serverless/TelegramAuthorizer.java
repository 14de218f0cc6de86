package chat.k1te.serverless;

import chat.k1te.contracts.KiteFunction;
import chat.k1te.serverless.chat.WebhookService;
import chat.k1te.serverless.config.Env;
import chat.k1te.serverless.config.TelegramSecrets;
import chat.k1te.serverless.json.Json;
import chat.k1te.serverless.json.JsonException;
import chat.k1te.serverless.json.JsonObject;
import chat.k1te.serverless.log.Invocation;
import chat.k1te.serverless.log.Log;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * HTTP API REQUEST authorizer (payload 2.0, simple responses) for the webhook: authorized only when
 * {@code X-Telegram-Bot-Api-Secret-Token} equals the secret. It never logs the presented value.
 */
public final class TelegramAuthorizer implements RequestStreamHandler {
  private final byte[] secret;

  public TelegramAuthorizer() {
    this(System.getenv());
  }

  public TelegramAuthorizer(Map<String, String> environment) {
    Env env = new Env(environment);
    List<String> secrets = TelegramSecrets.load(env, List.of(TelegramSecrets.SECRET_TOKEN));
    env.check("telegram authorizer");
    this.secret = secrets.get(0).getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public void handleRequest(InputStream input, OutputStream output, Context context)
      throws IOException {
    try (Invocation invocation =
        Log.begin(KiteFunction.TG_AUTHORIZER.suffix(), RequestDispatcher.requestId(context))) {
      boolean authorized = authorized(input);
      invocation.outcome(authorized ? "authorized" : "denied");
      Json.write(Map.of("isAuthorized", authorized), output);
    }
  }

  private boolean authorized(InputStream input) {
    boolean authorized;
    try {
      JsonObject headers = new JsonObject(Json.parseObject(input)).object("headers");
      Optional<String> token = Optional.empty();
      for (Map.Entry<String, Object> e : headers.map().entrySet()) {
        if (e.getKey().equalsIgnoreCase(WebhookService.SECRET_HEADER)
            && e.getValue() instanceof String s) {
          token = Optional.of(s);
        }
      }
      authorized = token.isPresent() && WebhookService.matches(secret, token.get());
    } catch (JsonException e) {
      Log.annotate("malformed", e.getMessage());
      authorized = false;
    }
    return authorized;
  }
}
