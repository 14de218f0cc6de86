package chat.k1te.ci.pins;

import chat.k1te.ci.CiException;
import chat.k1te.ci.github.GithubApi;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What GitHub says about an action's repository: its releases and the commit of a tag. */
final class ActionReleases {
  private final GithubApi api;

  ActionReleases(GithubApi api) {
    this.api = api;
  }

  /** Published, non-prerelease releases with a version tag, every page. */
  List<Release> releases(String repository) {
    List<Release> releases = new ArrayList<>();
    Optional<URI> page = Optional.of(api.uri("repos/" + repository + "/releases?per_page=100"));
    while (page.isPresent()) {
      GithubApi.Page response = api.get(page.get(), "list the releases of " + repository);
      for (JsonNode item : response.body()) {
        if (!item.path("draft").asBoolean(false) && !item.path("prerelease").asBoolean(false)) {
          Release.parse(item.path("tag_name").asText("")).ifPresent(releases::add);
        }
      }
      page = response.next();
    }
    return releases;
  }

  /** The commit a tag points at, through an annotated tag object when there is one. */
  String tagCommit(String repository, String tag) {
    JsonNode object =
        api.send(
                "GET",
                "repos/" + repository + "/git/ref/tags/" + tag,
                null,
                "read tag " + tag + " of " + repository)
            .path("object");
    for (int depth = 0; "tag".equals(object.path("type").asText()) && depth < 5; depth++) {
      object =
          api.send(
                  "GET",
                  "repos/" + repository + "/git/tags/" + object.path("sha").asText(),
                  null,
                  "read the annotated tag " + tag + " of " + repository)
              .path("object");
    }
    String sha = object.path("sha").asText("");
    if (!"commit".equals(object.path("type").asText()) || !sha.matches("[0-9a-f]{40}")) {
      throw CiException.remoteState(
          "GitHub answered tag " + tag + " of " + repository + " without a commit SHA");
    }
    return sha;
  }
}
