package chat.k1te.local.gateway;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;

/** Identifiers and timestamps in the forms API Gateway puts into its events. */
final class RequestIds {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final DateTimeFormatter REQUEST_TIME =
      DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.US).withZone(ZoneOffset.UTC);

  private RequestIds() {}

  /**
   * Like API Gateway's connection ids ({@code L0SM9cOFvHcCIhw=}): 16 characters, may need
   * URL-encoding.
   */
  static String connectionId() {
    return random(11, Base64.getEncoder());
  }

  static String requestId() {
    return random(12, Base64.getUrlEncoder().withoutPadding());
  }

  private static String random(int bytes, Base64.Encoder encoder) {
    byte[] b = new byte[bytes];
    RANDOM.nextBytes(b);
    return encoder.encodeToString(b);
  }

  static String requestTime(Instant at) {
    return REQUEST_TIME.format(at);
  }
}
