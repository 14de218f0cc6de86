package chat.k1te.workflows.generate;

import static org.assertj.core.api.Assertions.assertThat;

import chat.k1te.contracts.RepositoryRoot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratedFilesTest {

  @Test
  void generationIsDeterministic() {
    assertThat(Generator.kite()).isEqualTo(Generator.kite());
  }

  @Test
  void theCommittedGithubFolderIsAFreshGeneration() {
    assertThat(new GithubDirectory(RepositoryRoot.find()).differences(Generator.kite()))
        .as("regenerate with: mvn -pl workflow-gen -am compile exec:java")
        .isEmpty();
  }

  @Test
  void writeCreatesUpdatesAndPrunesOnlyTheOwnedFolders(@TempDir Path root) throws IOException {
    List<GeneratedFile> files = Generator.kite();
    GithubDirectory github = new GithubDirectory(root);
    assertThat(github.differences(files))
        .hasSize(files.size())
        .allMatch(d -> d.startsWith("missing: "));

    assertThat(github.write(files)).hasSize(files.size());
    assertThat(github.differences(files)).isEmpty();
    assertThat(github.write(files)).as("second write changes nothing").isEmpty();

    Path ci = root.resolve(".github/workflows/ci.yml");
    Files.writeString(ci, "edited by hand\n");
    Path stray = root.resolve(".github/workflows/old.yml");
    Files.writeString(stray, "name: old\n");
    Path foreign = root.resolve(".github/CODEOWNERS");
    Files.writeString(foreign, "* @kite\n");
    assertThat(github.differences(files))
        .containsExactly("stale:   .github/workflows/ci.yml", "extra:   .github/workflows/old.yml");

    assertThat(github.write(files)).containsExactly(".github/workflows/ci.yml");
    assertThat(stray).doesNotExist();
    assertThat(foreign).hasContent("* @kite");
    assertThat(github.differences(files)).isEmpty();
  }
}
