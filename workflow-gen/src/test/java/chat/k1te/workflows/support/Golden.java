package chat.k1te.workflows.support;

import static org.assertj.core.api.Assertions.assertThat;

import chat.k1te.contracts.RepositoryRoot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Byte-for-byte comparison with a golden file under {@code src/test/resources/workflows/golden/}.
 * Run with {@code -Dkite.golden.update=true} to rewrite the golden files from the current output
 * (then review the diff).
 */
public final class Golden {
  private static final Path DIR =
      RepositoryRoot.find().resolve("workflow-gen/src/test/resources/workflows/golden");

  private Golden() {}

  public static void assertMatches(String name, String actual) {
    Path file = DIR.resolve(name);
    try {
      if (Boolean.getBoolean("kite.golden.update")) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
      }
      assertThat(file).as("golden file %s (rewrite with -Dkite.golden.update=true)", name).exists();
      assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
