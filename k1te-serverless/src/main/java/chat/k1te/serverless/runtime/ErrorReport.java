package chat.k1te.serverless.runtime;

import chat.k1te.serverless.log.Log;
import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An error as the Runtime API takes it: {@code category} goes into the {@code
 * Lambda-Runtime-Function-Error-Type} header, the rest into the JSON body {@code {errorMessage,
 * errorType, stackTrace}}.
 */
public record ErrorReport(
    String category, String errorType, String errorMessage, List<String> stackTrace) {

  /** A handler threw while it handled an invocation. */
  public static final String HANDLER_FAILED = "Function.Unhandled";

  /** {@code _HANDLER} names none of the Kite handlers (or is missing). */
  public static final String NO_SUCH_HANDLER = "Runtime.NoSuchHandler";

  /** The handler's constructor threw (missing configuration, unreachable parameter store, …). */
  public static final String INIT_FAILED = "Runtime.HandlerInitFailed";

  public ErrorReport {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(errorType, "errorType");
    errorMessage = errorMessage == null ? errorType : errorMessage;
    stackTrace = List.copyOf(stackTrace);
  }

  public static ErrorReport of(String category, Throwable error) {
    List<String> frames =
        Arrays.stream(error.getStackTrace()).map(StackTraceElement::toString).toList();
    // Lambda may show this message to the caller and in its logs: no secret in it either
    return new ErrorReport(category, error.getClass().getName(), Log.hide(describe(error)), frames);
  }

  /** The message, followed by the messages of its causes, so the log shows the root cause. */
  private static String describe(Throwable error) {
    StringBuilder text = new StringBuilder(String.valueOf(error.getMessage()));
    for (Throwable cause = error.getCause(); cause != null; cause = cause.getCause()) {
      text.append(" (caused by ").append(cause.getClass().getName());
      text.append(": ").append(cause.getMessage()).append(')');
    }
    return text.toString();
  }

  public byte[] toJson() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("errorMessage", errorMessage);
    body.put("errorType", errorType);
    body.put("stackTrace", stackTrace);
    try {
      return JSON.std.asBytes(body);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode an error report", e);
    }
  }
}
