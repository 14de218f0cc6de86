package chat.k1te.infra;

import static org.assertj.core.api.Assertions.assertThat;

import chat.k1te.contracts.Stack;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One golden snapshot per stack (defaults). A change to the synthesized Terraform — including a
 * renamed construct, which would make Terraform replace the resource — shows up here as a diff to
 * review. Rewrite the snapshots with {@code -Dkite.golden.update=true}.
 */
class GoldenStacksTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  private static Synthesized synthesized;

  @BeforeAll
  static void synth() {
    synthesized = Synthesized.defaults();
  }

  @Test
  void everyStackEqualsItsSnapshot() throws IOException {
    boolean update = Boolean.getBoolean("kite.golden.update");
    for (Stack stack : Stack.values()) {
      String actual =
          MAPPER.writeValueAsString(
                  MAPPER.treeToValue(synthesized.json(stack), java.util.TreeMap.class))
              + "\n";
      Path file = GOLDEN.resolve(stack.stackName() + ".tf.json");
      if (update) {
        Files.createDirectories(GOLDEN);
        Files.writeString(file, actual);
      }
      assertThat(file).as("snapshot of " + stack.stackName()).exists();
      assertThat(actual)
          .as(
              stack.stackName()
                  + " differs from "
                  + file
                  + " (-Dkite.golden.update=true rewrites it)")
          .isEqualTo(Files.readString(file));
    }
  }
}
