package chat.k1te.serverless;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

/** Terraform lifecycle hook: registers (create/update) or removes (delete) the webhook. */
public final class LifecycleHandler implements RequestStreamHandler {
  private final Map<String, String> environment;

  public LifecycleHandler() {
    this(System.getenv());
  }

  public LifecycleHandler(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
  }

  @Override
  public void handleRequest(InputStream input, OutputStream output, Context context)
      throws IOException {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
