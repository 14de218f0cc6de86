package chat.k1te.serverless.runtime;

import chat.k1te.serverless.log.Level;
import chat.k1te.serverless.log.Log;
import java.util.Map;

/**
 * The {@code bootstrap} of the native Lambda ({@code provided.al2023}); runs on a JVM just as well:
 * {@code java -cp 'lib/*' chat.k1te.serverless.runtime.LambdaRuntimeMain} with the Lambda
 * environment ({@code AWS_LAMBDA_RUNTIME_API}, {@code _HANDLER}, …).
 */
public final class LambdaRuntimeMain {
  private LambdaRuntimeMain() {}

  public static void main(String[] args) {
    System.exit(run(System.getenv()));
  }

  /** Runs the loop for a process with this environment; returns the exit code. */
  static int run(Map<String, String> env) {
    RuntimeApiClient api;
    try {
      api = new RuntimeApiClient(env.get("AWS_LAMBDA_RUNTIME_API"));
    } catch (IllegalArgumentException e) {
      // no Runtime API to report to: only the log remains
      System.out.println(Log.line(Level.ERROR, e.getMessage(), Map.of(), null));
      return 2;
    }
    FunctionSettings function;
    try {
      function = FunctionSettings.from(env);
    } catch (IllegalArgumentException e) {
      api.reportInitError(ErrorReport.of(ErrorReport.INIT_FAILED, e));
      return 1;
    }
    String handler = env.get("_HANDLER");
    return new RuntimeLoop(
            api, function, new StandardOutputLogger(System.out), System::currentTimeMillis)
        .run(() -> KiteHandlers.create(KiteHandlers.resolve(handler)));
  }
}
