package chat.k1te.workflows.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The {@code --root} option shared by the verbs that read or write {@code .github/}. */
public final class RootOption {
  @Option(
      names = "--root",
      paramLabel = "<dir>",
      description = "Repository root (default: system property kite.root, else search upwards).")
  Path root;

  /** The repository root this run works on. */
  Path repository() {
    return RepositoryRoot.resolve(Optional.ofNullable(root));
  }
}
