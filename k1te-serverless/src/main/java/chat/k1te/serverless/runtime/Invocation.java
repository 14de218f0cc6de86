package chat.k1te.serverless.runtime;

import java.util.Objects;
import java.util.Optional;

/**
 * One event handed out by {@code GET /runtime/invocation/next}: its id, deadline, the ARN it was
 * invoked with, the X-Ray trace header (absent when tracing is off) and the raw event bytes.
 */
public record Invocation(
    String requestId,
    long deadlineEpochMillis,
    String invokedFunctionArn,
    Optional<String> traceId,
    byte[] payload) {

  public Invocation {
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(invokedFunctionArn, "invokedFunctionArn");
    Objects.requireNonNull(traceId, "traceId");
    Objects.requireNonNull(payload, "payload");
  }
}
