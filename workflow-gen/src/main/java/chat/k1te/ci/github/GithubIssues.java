package chat.k1te.ci.github;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The issue operations of one repository. */
public final class GithubIssues {
  private final GithubApi api;
  private final String repository;

  public GithubIssues(GithubApi api, String repository) {
    this.api = api;
    this.repository = repository;
  }

  /** Every open issue (not pull request) with the label, following all pages. */
  public List<GithubIssue> openWithLabel(String label) {
    List<GithubIssue> issues = new ArrayList<>();
    Optional<URI> page =
        Optional.of(
            api.uri(
                "repos/" + repository + "/issues?state=open&labels=" + label + "&per_page=100"));
    while (page.isPresent()) {
      GithubApi.Page response =
          api.get(page.get(), "list the open '" + label + "' issues of " + repository);
      for (JsonNode item : response.body()) {
        if (!item.has("pull_request")) {
          issues.add(issue(item));
        }
      }
      page = response.next();
    }
    return issues;
  }

  /**
   * Creates the label when the repository lacks it: GitHub would otherwise silently drop it from a
   * new issue, and the next run, which searches by label, would open a duplicate.
   */
  public void ensureLabel(String label, String color, String description) {
    try {
      api.send(
          "GET", "repos/" + repository + "/labels/" + label, null, "read label '" + label + "'");
    } catch (GithubApi.NotFound missing) {
      api.send(
          "POST",
          "repos/" + repository + "/labels",
          Map.of("name", label, "color", color, "description", description),
          "create label '" + label + "' in " + repository);
    }
  }

  public GithubIssue create(String title, String body, String label) {
    return issue(
        api.send(
            "POST",
            "repos/" + repository + "/issues",
            Map.of("title", title, "body", body, "labels", List.of(label)),
            "open an issue in " + repository));
  }

  public void updateBody(int number, String body) {
    api.send("PATCH", path(number), Map.of("body", body), "update issue #" + number);
  }

  public void comment(int number, String body) {
    api.send(
        "POST", path(number) + "/comments", Map.of("body", body), "comment on issue #" + number);
  }

  /** Closes with a state reason: {@code completed} or {@code not_planned}. */
  public void close(int number, String reason) {
    api.send(
        "PATCH",
        path(number),
        Map.of("state", "closed", "state_reason", reason),
        "close issue #" + number);
  }

  private String path(int number) {
    return "repos/" + repository + "/issues/" + number;
  }

  private static GithubIssue issue(JsonNode item) {
    return new GithubIssue(
        item.path("number").asInt(),
        item.path("title").asText(""),
        item.path("html_url").asText(""));
  }
}
