package chat.k1te.serverless.runtime;

import chat.k1te.serverless.log.Level;
import chat.k1te.serverless.log.Log;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The custom-runtime cycle: build the handler once (a failure goes to {@code init/error}), then
 * forever take the next event, run the handler on it and post its output or its error. Returns only
 * when the Runtime API itself fails, which ends the process.
 */
public final class RuntimeLoop {
  /** Builds the handler; may throw anything, which becomes the init error. */
  @FunctionalInterface
  public interface HandlerInit {
    RequestStreamHandler create() throws Exception;
  }

  /** Sets the X-Ray trace header of the current invocation where the AWS SDK looks for it. */
  static final String SDK_TRACE_PROPERTY = "com.amazonaws.xray.traceHeader";

  static final String TRACE_PROPERTY = "_X_AMZN_TRACE_ID";

  private final RuntimeApiClient api;
  private final FunctionSettings function;
  private final LambdaLogger logger;
  private final LongSupplier clock;

  public RuntimeLoop(
      RuntimeApiClient api, FunctionSettings function, LambdaLogger logger, LongSupplier clock) {
    this.api = api;
    this.function = function;
    this.logger = logger;
    this.clock = clock;
  }

  /**
   * Runs until the Runtime API fails.
   *
   * @return the process exit code: 1 after an init error or a Runtime API failure
   */
  public int run(HandlerInit init) {
    RequestStreamHandler handler;
    try {
      handler = init.create();
    } catch (Throwable e) {
      String category =
          e instanceof UnknownHandlerException
              ? ErrorReport.NO_SUCH_HANDLER
              : ErrorReport.INIT_FAILED;
      ErrorReport report = ErrorReport.of(category, e);
      logger.log(Log.line(Level.ERROR, "init failed", Map.of("errorType", report.errorType()), e));
      api.reportInitError(report);
      return 1;
    }
    try {
      while (true) {
        handle(handler, api.next());
      }
    } catch (RuntimeApiException e) {
      logger.log(Log.line(Level.ERROR, "runtime stopped: " + e.getMessage(), Map.of(), null));
      return 1;
    }
  }

  private void handle(RequestStreamHandler handler, Invocation invocation) {
    invocation
        .traceId()
        .ifPresentOrElse(
            trace -> {
              System.setProperty(SDK_TRACE_PROPERTY, trace);
              System.setProperty(TRACE_PROPERTY, trace);
            },
            () -> {
              // an untraced invocation must not carry the previous one's trace header
              System.clearProperty(SDK_TRACE_PROPERTY);
              System.clearProperty(TRACE_PROPERTY);
            });
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    try {
      handler.handleRequest(
          new ByteArrayInputStream(invocation.payload()),
          output,
          new InvocationContext(invocation, function, logger, clock));
    } catch (Throwable e) {
      fail(invocation, ErrorReport.of(ErrorReport.HANDLER_FAILED, e), e);
      if (e instanceof VirtualMachineError fatal) {
        throw fatal; // the process is not trustworthy after this: Lambda starts a new one
      }
      return;
    }
    try {
      api.respond(invocation.requestId(), output.toByteArray());
    } catch (RuntimeApiException e) {
      // e.g. 413 for a response above the payload limit: the invocation fails, the runtime goes on
      fail(invocation, ErrorReport.of("Runtime.ResponseRejected", e), e);
    }
  }

  private void fail(Invocation invocation, ErrorReport report, Throwable cause) {
    logger.log(
        Log.line(
            Level.ERROR,
            "invocation failed",
            Map.of("requestId", invocation.requestId(), "errorType", report.errorType()),
            cause));
    api.reportInvocationError(invocation.requestId(), report);
  }
}
