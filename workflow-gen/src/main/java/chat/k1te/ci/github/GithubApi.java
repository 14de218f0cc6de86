package chat.k1te.ci.github;

import chat.k1te.ci.Backoff;
import chat.k1te.ci.CiException;
import chat.k1te.ci.ExitCode;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GitHub's REST API over the JDK HTTP client: JSON in, JSON out, with one clear message per failure
 * class (401, 403, 404, 422, rate limits, 5xx). 5xx and short rate-limit waits are retried. The
 * token goes only into the Authorization header, never into a message.
 */
public final class GithubApi {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern NEXT_LINK = Pattern.compile("<([^>]+)>;\\s*rel=\"next\"");
  private static final Backoff RETRIES = Backoff.GITHUB;
  private static final Duration MAX_WAIT = Duration.ofSeconds(60);

  /** A 404, for callers that treat "absent" as an answer rather than a failure. */
  public static final class NotFound extends CiException {
    NotFound(CiException failure) {
      super(failure.exitCode(), failure.getMessage());
    }
  }

  /** A response body plus the URL of the next page, if the Link header names one. */
  public record Page(JsonNode body, Optional<URI> next) {}

  private final HttpClient http;
  private final URI base;
  private final String token;

  public GithubApi(URI base, String token) {
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    this.base = URI.create(base.toString().replaceAll("/+$", "") + "/");
    this.token = token;
  }

  public URI uri(String path) {
    return base.resolve(path.startsWith("/") ? path.substring(1) : path);
  }

  public Page get(URI uri, String what) {
    return send("GET", uri, null, what);
  }

  public JsonNode send(String method, String path, Object body, String what) {
    return send(method, uri(path), body, what).body();
  }

  private Page send(String method, URI uri, Object body, String what) {
    HttpRequest request = request(method, uri, body);
    for (int attempt = 1; ; attempt++) {
      HttpResponse<String> response = exchange(request, what);
      int status = response.statusCode();
      if (status / 100 == 2) {
        return new Page(parse(response.body()), next(response));
      }
      Optional<Duration> wait = retryWait(response, attempt);
      if (wait.isPresent() && attempt < RETRIES.attempts()) {
        sleep(wait.get());
        continue;
      }
      CiException failure = GithubFailure.of(what, response, attempt);
      throw status == 404 ? new NotFound(failure) : failure;
    }
  }

  private HttpRequest request(String method, URI uri, Object body) {
    HttpRequest.BodyPublisher publisher;
    try {
      publisher =
          body == null
              ? HttpRequest.BodyPublishers.noBody()
              : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
    } catch (IOException e) {
      throw new IllegalStateException("Cannot encode a GitHub request", e);
    }
    return HttpRequest.newBuilder(uri)
        .timeout(Duration.ofSeconds(30))
        .header("Accept", "application/vnd.github+json")
        .header("X-GitHub-Api-Version", "2022-11-28")
        .header("User-Agent", "kite-ci")
        .header("Authorization", "Bearer " + token)
        .header("Content-Type", "application/json")
        .method(method, publisher)
        .build();
  }

  private HttpResponse<String> exchange(HttpRequest request, String what) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new CiException(
          ExitCode.REMOTE_STATE, "Cannot reach GitHub at " + base + " for " + what + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CiException(ExitCode.FAILURE, "Interrupted while calling GitHub for " + what);
    }
  }

  /** How long to wait before retrying, when retrying makes sense. */
  private static Optional<Duration> retryWait(HttpResponse<String> response, int attempt) {
    int status = response.statusCode();
    Optional<Duration> retryAfter =
        response.headers().firstValue("retry-after").flatMap(GithubApi::seconds);
    if (status >= 500) {
      return Optional.of(retryAfter.orElseGet(() -> RETRIES.delay(attempt)));
    }
    if (RateLimit.of(response).isPresent()) {
      return retryAfter
          .or(() -> RateLimit.untilReset(response))
          .filter(wait -> wait.compareTo(MAX_WAIT) <= 0);
    }
    return Optional.empty();
  }

  static JsonNode parse(String body) {
    try {
      return body == null || body.isBlank() ? JSON.nullNode() : JSON.readTree(body);
    } catch (IOException e) {
      return JSON.nullNode();
    }
  }

  private static Optional<URI> next(HttpResponse<String> response) {
    return response
        .headers()
        .firstValue("link")
        .map(NEXT_LINK::matcher)
        .filter(Matcher::find)
        .map(m -> URI.create(m.group(1)));
  }

  static Optional<Duration> seconds(String value) {
    try {
      return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value.trim()))));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CiException(ExitCode.FAILURE, "Interrupted while waiting to retry a GitHub call");
    }
  }
}
