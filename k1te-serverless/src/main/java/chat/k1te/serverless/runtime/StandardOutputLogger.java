package chat.k1te.serverless.runtime;

import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Lambda sends a custom runtime's standard output to CloudWatch Logs, one line per record. */
final class StandardOutputLogger implements LambdaLogger {
  private final PrintStream out;

  StandardOutputLogger(PrintStream out) {
    this.out = out;
  }

  @Override
  public void log(String message) {
    out.println(message);
  }

  @Override
  public void log(byte[] message) {
    log(new String(message, StandardCharsets.UTF_8));
  }
}
