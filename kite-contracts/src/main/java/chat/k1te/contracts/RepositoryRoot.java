package chat.k1te.contracts;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The repository root, for the tools and tests that read or write files in the tree: system
 * property {@code kite.root} (the poms set it), else the nearest folder above the working directory
 * that holds {@code tools/package.json}. The one lookup every module uses.
 */
public final class RepositoryRoot {
  /** The system property the poms set to the root. */
  public static final String PROPERTY = "kite.root";

  /** The file that marks the root. */
  public static final String MARKER = "tools/package.json";

  private RepositoryRoot() {}

  public static Path find() {
    String property = System.getProperty(PROPERTY);
    if (property != null && !property.isBlank()) {
      Path root = Path.of(property).toAbsolutePath().normalize();
      if (!Files.isRegularFile(root.resolve(MARKER))) {
        throw new IllegalStateException(
            "system property " + PROPERTY + "=" + property + " has no " + MARKER);
      }
      return root;
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve(MARKER))) {
        return dir;
      }
    }
    throw new IllegalStateException(
        "cannot find the repository root (no "
            + MARKER
            + " above "
            + Path.of("").toAbsolutePath()
            + "): set -D"
            + PROPERTY
            + " or run inside the repository");
  }
}
