package chat.k1te.workflows.generate;

import static org.assertj.core.api.Assertions.assertThat;

import chat.k1te.contracts.RepositoryRoot;
import chat.k1te.workflows.pipeline.KitePipeline;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The module README shows the current pipeline, not an old drawing of it. */
class ReadmeDiagramTest {
  @Test
  void theReadmeHoldsTheCurrentDiagram() throws IOException {
    String readme = Files.readString(RepositoryRoot.find().resolve("workflow-gen/README.md"));
    assertThat(readme)
        .as("paste the output of the diagram verb into workflow-gen/README.md")
        .contains("```mermaid\n" + MermaidDiagram.render(KitePipeline.workflows()) + "```\n");
  }
}
