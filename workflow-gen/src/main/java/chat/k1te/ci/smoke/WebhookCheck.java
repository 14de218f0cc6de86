package chat.k1te.ci.smoke;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.IntPredicate;

/**
 * The Telegram webhook refuses a POST without (401/403) or with a wrong (401/403) secret header and
 * accepts (200) a harmless update — one without a message, which the backend acknowledges without
 * doing anything.
 */
final class WebhookCheck {
  static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
  static final String HARMLESS_UPDATE = "{\"update_id\":1}";

  private WebhookCheck() {}

  static List<CheckResult> run(URI webhook, String secret, Duration timeout) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(timeout).build();
    IntPredicate refused = status -> status == 401 || status == 403;
    return List.of(
        check(
            http,
            webhook,
            Optional.empty(),
            timeout,
            "POST " + webhook + " without the secret header is refused",
            refused,
            "401 or 403"),
        check(
            http,
            webhook,
            // unrelated to the real secret: a backend that logs refused headers must not log it
            Optional.of("kite-smoke-wrong-" + UUID.randomUUID().toString().replace("-", "")),
            timeout,
            "POST with a wrong secret header is refused",
            refused,
            "401 or 403"),
        check(
            http,
            webhook,
            Optional.of(secret),
            timeout,
            "POST with the secret header and a harmless update is accepted",
            s -> s == 200,
            "200"));
  }

  private static CheckResult check(
      HttpClient http,
      URI webhook,
      Optional<String> secret,
      Duration timeout,
      String name,
      IntPredicate expected,
      String expectation) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(webhook)
            .timeout(timeout)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(HARMLESS_UPDATE));
    secret.ifPresent(value -> request.header(SECRET_HEADER, value));
    int status;
    try {
      status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      return CheckResult.fail(
          name,
          "no HTTP answer ("
              + e.getClass().getSimpleName()
              + (e.getMessage() == null ? "" : ": " + e.getMessage())
              + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return CheckResult.fail(name, "interrupted");
    }
    return expected.test(status)
        ? CheckResult.pass(name, "HTTP " + status)
        : CheckResult.fail(name, "expected " + expectation + ", got HTTP " + status);
  }
}
