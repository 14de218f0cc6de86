package chat.k1te.workflows.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the repository root: {@code --root}, else system property {@code kite.root} (set by the
 * poms), else the nearest folder above the working directory holding {@code tools/package.json}.
 */
final class RepositoryRoot {
  static final String PROPERTY = "kite.root";

  private RepositoryRoot() {}

  static Path resolve(Optional<Path> option) {
    Path root =
        option
            .or(() -> Optional.ofNullable(System.getProperty(PROPERTY)).map(Path::of))
            .or(RepositoryRoot::search)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "Cannot find the repository root (no tools/package.json above "
                            + Path.of("").toAbsolutePath()
                            + "); pass --root <dir>"));
    if (!Files.isDirectory(root)) {
      throw new IllegalArgumentException("--root " + root + " is not a directory");
    }
    return root.toAbsolutePath().normalize();
  }

  private static Optional<Path> search() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("tools/package.json"))) {
        return Optional.of(dir);
      }
    }
    return Optional.empty();
  }
}
