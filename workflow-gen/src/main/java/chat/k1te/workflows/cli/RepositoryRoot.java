package chat.k1te.workflows.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The repository root: {@code --root}, else {@link chat.k1te.contracts.RepositoryRoot#find}. */
final class RepositoryRoot {
  private RepositoryRoot() {}

  static Path resolve(Optional<Path> option) {
    Path root;
    try {
      root = option.orElseGet(chat.k1te.contracts.RepositoryRoot::find);
    } catch (IllegalStateException e) {
      throw new IllegalArgumentException(e.getMessage() + "; or pass --root <dir>");
    }
    if (!Files.isDirectory(root)) {
      throw new IllegalArgumentException("--root " + root + " is not a directory");
    }
    return root.toAbsolutePath().normalize();
  }
}
