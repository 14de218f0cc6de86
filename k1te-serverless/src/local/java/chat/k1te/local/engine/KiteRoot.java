package chat.k1te.local.engine;

import chat.k1te.contracts.RepositoryRoot;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the repository's Node tools are installed. */
public final class KiteRoot {
  private KiteRoot() {}

  /** The installed Node tools ({@code <root>/tools/node_modules}). */
  public static Path nodeModules() {
    Path modules = RepositoryRoot.find().resolve("tools/node_modules");
    if (!Files.isDirectory(modules.resolve("dynalite"))) {
      throw new IllegalStateException(
          "dynalite is not installed in "
              + modules
              + ": run `node tools/ensure-installed.mjs` (the Maven build does it)");
    }
    return modules;
  }
}
