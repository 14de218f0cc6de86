package chat.k1te.serverless;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

/** HTTP API (payload 2.0) authorizer for the webhook's secret-token header. */
public final class TelegramAuthorizer implements RequestStreamHandler {
  private final Map<String, String> environment;

  public TelegramAuthorizer() {
    this(System.getenv());
  }

  public TelegramAuthorizer(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
  }

  @Override
  public void handleRequest(InputStream input, OutputStream output, Context context)
      throws IOException {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
