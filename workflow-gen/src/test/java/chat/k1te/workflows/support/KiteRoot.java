package chat.k1te.workflows.support;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository root the poms pass to surefire as system property {@code kite.root}. */
public final class KiteRoot {
  private KiteRoot() {}

  public static Path path() {
    String root = System.getProperty("kite.root");
    if (root == null || !Files.isRegularFile(Path.of(root, "tools/package.json"))) {
      throw new IllegalStateException(
          "System property kite.root must name the repository root (set by the pom), got " + root);
    }
    return Path.of(root).toAbsolutePath().normalize();
  }
}
