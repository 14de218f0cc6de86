package chat.k1te.ci.codebuild;

import java.io.IOException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;

/** Which AWS failures are worth retrying: throttling, 5xx and I/O errors; nothing else. */
final class Retryable {
  private Retryable() {}

  static boolean is(SdkException e) {
    if (e instanceof AwsServiceException service) {
      return service.isThrottlingException()
          || service.statusCode() == 429
          || service.statusCode() >= 500;
    }
    if (e instanceof SdkClientException) {
      for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
        if (cause instanceof IOException) {
          return true;
        }
      }
    }
    return false;
  }

  /** One line naming the failure: error code, HTTP status and AWS message. */
  static String describe(SdkException e) {
    if (e instanceof AwsServiceException service && service.awsErrorDetails() != null) {
      String code = service.awsErrorDetails().errorCode();
      String message = service.awsErrorDetails().errorMessage();
      return (code == null
              ? "HTTP " + service.statusCode()
              : code + " (HTTP " + service.statusCode() + ")")
          + (message == null || message.isBlank() ? "" : ": " + message);
    }
    return e.getClass().getSimpleName() + ": " + e.getMessage();
  }
}
