package chat.k1te.infra;

import static org.assertj.core.api.Assertions.assertThat;

import chat.k1te.contracts.Artifacts;
import chat.k1te.contracts.RepositoryRoot;
import chat.k1te.contracts.Stack;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The native build's artifact key is the product of two files: the CodeBuild project (here) and the
 * buildspec (k1te-serverless). Together they must put the packages at {@code
 * lambda/<sha>/function.zip} and {@code lambda/<sha>/function-jvm.zip} — the keys the stage stacks
 * deploy from.
 */
class BuildspecContractTest {
  private static JsonNode project;
  private static JsonNode buildspec;

  @BeforeAll
  static void read() throws Exception {
    project =
        Synthesized.resourceWhere(
            Synthesized.defaults().json(Stack.KITE_BUILD),
            "aws_codebuild_project",
            "name",
            Artifacts.CODEBUILD_PROJECT);
    Path root = RepositoryRoot.find();
    buildspec =
        new ObjectMapper()
            .valueToTree(
                new Load(LoadSettings.builder().build())
                    .loadFromString(
                        Files.readString(root.resolve(project.at("/source/buildspec").asText()))));
  }

  @Test
  void theBuildspecNamesTheArtifactAfterTheCommitTheProjectLetsIt() {
    assertThat(buildspec.at("/artifacts/name").asText()).isEqualTo("$KITE_COMMIT");
    assertThat(project.at("/artifacts/override_artifact_name").asBoolean()).isTrue();
  }

  @Test
  void packagesLandUnderLambdaSlashCommit() {
    // packaging NONE: <location>/<path>/<name>/<file>
    assertThat(project.at("/artifacts/packaging").asText()).isEqualTo("NONE");
    assertThat(project.at("/artifacts/namespace_type").asText()).isEqualTo("NONE");
    String sha = "0123456789abcdef0123456789abcdef01234567";
    String prefix = project.at("/artifacts/path").asText() + "/" + sha + "/";
    // CodeBuild reads "yes" as true; a YAML 1.2 parser keeps the word
    assertThat(buildspec.at("/artifacts/discard-paths").asText()).isIn("yes", "true");
    assertThat(IamView.texts(buildspec.at("/artifacts/files")))
        .map(file -> prefix + file.substring(file.lastIndexOf('/') + 1))
        .contains(
            Artifacts.nativeFunctionKey(sha),
            Artifacts.jvmFunctionKey(sha),
            Artifacts.jvmAotFunctionKey(sha));
  }

  @Test
  void theMavenCacheTheBuildspecUsesIsKeptInS3() {
    assertThat(IamView.texts(buildspec.at("/cache/paths")))
        .anyMatch(p -> p.startsWith("/root/.m2"));
    assertThat(project.at("/cache/type").asText()).isEqualTo("S3");
  }
}
