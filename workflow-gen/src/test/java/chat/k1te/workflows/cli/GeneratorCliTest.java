package chat.k1te.workflows.cli;

import static org.assertj.core.api.Assertions.assertThat;

import chat.k1te.contracts.RepositoryRoot;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class GeneratorCliTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = KiteCi.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  @Test
  void generateThenCheckPassesAndAHandEditFailsTheCheck(@TempDir Path root) throws IOException {
    assertThat(run("generate", "--root", root.toString())).isZero();
    assertThat(out.toString()).contains("wrote .github/workflows/deploy-dev.yml");
    assertThat(run("check", "--root", root.toString())).isZero();
    assertThat(out.toString()).contains(".github/ is up to date");

    Files.writeString(root.resolve(".github/actions/smoke/action.yml"), "name: edited\n");
    Files.delete(root.resolve(".github/workflows/e2e.yml"));
    assertThat(run("check", "--root", root.toString())).isEqualTo(1);
    assertThat(err.toString())
        .contains("stale:   .github/actions/smoke/action.yml")
        .contains("missing: .github/workflows/e2e.yml")
        .contains("Regenerate with: mvn -pl workflow-gen -am compile exec:java");
  }

  @Test
  void noVerbMeansGenerate(@TempDir Path root) throws IOException {
    Files.createDirectories(root.resolve("tools"));
    Files.writeString(root.resolve(RepositoryRoot.MARKER), "{}");
    String previous = System.getProperty(RepositoryRoot.PROPERTY);
    System.setProperty(RepositoryRoot.PROPERTY, root.toString());
    try {
      assertThat(run()).isZero();
    } finally {
      if (previous == null) {
        System.clearProperty(RepositoryRoot.PROPERTY);
      } else {
        System.setProperty(RepositoryRoot.PROPERTY, previous);
      }
    }
    assertThat(root.resolve(".github/workflows/ci.yml")).exists();
  }

  @Test
  void aMissingRootIsAnInvalidInputNamedInOneLine(@TempDir Path root) {
    Path missing = root.resolve("nope");
    assertThat(run("check", "--root", missing.toString())).isEqualTo(2);
    assertThat(err.toString()).isEqualTo("✘ --root " + missing + " is not a directory\n");
  }

  @Test
  void diagramPrintsTheMermaidFlowchart() {
    assertThat(run("diagram")).isZero();
    assertThat(out.toString())
        .startsWith("flowchart LR\n")
        .contains("wf_deploy_dev__build --> wf_deploy_dev__deploy")
        .contains("wf_deploy_dev__e2e -.-> wf_e2e")
        .contains("deploy (environment prod)");
  }
}
