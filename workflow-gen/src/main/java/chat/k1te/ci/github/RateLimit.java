package chat.k1te.ci.github;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/** Recognises GitHub's primary and secondary rate-limit answers (403 or 429). */
final class RateLimit {
  private RateLimit() {}

  /** "primary" or "secondary" when the response is a rate-limit refusal. */
  static Optional<String> of(HttpResponse<String> response) {
    int status = response.statusCode();
    if (status != 403 && status != 429) {
      return Optional.empty();
    }
    String body = response.body() == null ? "" : response.body().toLowerCase(Locale.ROOT);
    if (body.contains("secondary rate limit")
        || response.headers().firstValue("retry-after").isPresent()) {
      return Optional.of("secondary");
    }
    if (response.headers().firstValue("x-ratelimit-remaining").filter("0"::equals).isPresent()
        || status == 429) {
      return Optional.of("primary");
    }
    return Optional.empty();
  }

  /** Time until {@code x-ratelimit-reset} (epoch seconds), when GitHub sent it. */
  static Optional<Duration> untilReset(HttpResponse<String> response) {
    return response
        .headers()
        .firstValue("x-ratelimit-reset")
        .flatMap(GithubApi::seconds)
        .map(epoch -> Duration.between(Instant.now(), Instant.ofEpochSecond(epoch.toSeconds())))
        .map(d -> d.isNegative() ? Duration.ZERO : d);
  }
}
