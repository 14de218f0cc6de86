package chat.k1te.ci.github;

import chat.k1te.ci.CiException;
import chat.k1te.ci.ExitCode;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Optional;

/**
 * One clear line per kind of GitHub refusal; never the token, at most 300 characters of GitHub's
 * message.
 */
final class GithubFailure {
  private GithubFailure() {}

  static CiException of(String what, HttpResponse<String> response, int attempts) {
    int status = response.statusCode();
    String message = githubMessage(response.body());
    Optional<String> rateLimit = RateLimit.of(response);
    String line;
    if (rateLimit.isPresent()) {
      line =
          "GitHub "
              + rateLimit.get()
              + " rate limit hit while trying to "
              + what
              + " (HTTP "
              + status
              + ")"
              + response
                  .headers()
                  .firstValue("retry-after")
                  .map(s -> "; retry after " + s + " s")
                  .orElse("");
    } else if (status == 401) {
      line = "GitHub rejected GITHUB_TOKEN (401 " + message + ") while trying to " + what;
    } else if (status == 403) {
      line =
          "GitHub refused to "
              + what
              + " (403 "
              + message
              + "); the job's token needs the `issues: write` permission";
    } else if (status == 404) {
      line =
          "GitHub answered 404 to "
              + what
              + ": the repository does not exist or the token cannot see it";
    } else if (status == 422) {
      line = "GitHub rejected the request to " + what + " as invalid (422 " + message + ")";
    } else if (status >= 500) {
      line =
          "GitHub kept failing to "
              + what
              + " (HTTP "
              + status
              + " after "
              + attempts
              + " attempts)";
    } else {
      line = "GitHub answered HTTP " + status + " to " + what + ": " + message;
    }
    return new CiException(ExitCode.REMOTE_STATE, line);
  }

  private static String githubMessage(String body) {
    JsonNode node = GithubApi.parse(body);
    String message = node.path("message").asText("");
    if (node.path("errors").isArray() && node.path("errors").size() > 0) {
      message += " " + node.path("errors");
    }
    message = message.strip();
    return message.length() > 300 ? message.substring(0, 300) + "…" : message;
  }
}
