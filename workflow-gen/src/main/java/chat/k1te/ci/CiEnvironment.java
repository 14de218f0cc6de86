package chat.k1te.ci;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The environment variables a CI command reads. Commands never call {@link System#getenv()}
 * themselves, so tests hand them a map.
 */
public record CiEnvironment(Map<String, String> variables) {
  public CiEnvironment {
    variables = Map.copyOf(variables);
  }

  public static CiEnvironment system() {
    return new CiEnvironment(System.getenv());
  }

  /** The value of a variable; blank counts as absent (GitHub passes unset secrets as ""). */
  public Optional<String> get(String name) {
    return Optional.ofNullable(variables.get(name)).filter(v -> !v.isBlank());
  }

  public String require(String name, String purpose) {
    return get(name)
        .orElseThrow(
            () ->
                CiException.invalidInput(
                    "Environment variable " + name + " is not set (needed for " + purpose + ")"));
  }

  /** {@code $GITHUB_OUTPUT}, when the command runs in a workflow step. */
  public Optional<GithubOutput> githubOutput() {
    return get("GITHUB_OUTPUT").map(Path::of).map(GithubOutput::new);
  }

  /** {@code $GITHUB_STEP_SUMMARY}, when the command runs in a workflow step. */
  public Optional<StepSummary> stepSummary() {
    return get("GITHUB_STEP_SUMMARY").map(Path::of).map(StepSummary::new);
  }

  /** The URL of the current workflow run, when known. */
  public Optional<String> runUrl() {
    Optional<String> server = get("GITHUB_SERVER_URL");
    Optional<String> repository = get("GITHUB_REPOSITORY");
    Optional<String> runId = get("GITHUB_RUN_ID");
    if (server.isEmpty() || repository.isEmpty() || runId.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(server.get() + "/" + repository.get() + "/actions/runs/" + runId.get());
  }
}
