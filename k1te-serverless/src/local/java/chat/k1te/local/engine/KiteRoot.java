package chat.k1te.local.engine;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the repository root: system property {@code kite.root}, else the nearest folder up. */
public final class KiteRoot {
  private KiteRoot() {}

  public static Path find() {
    String property = System.getProperty("kite.root");
    if (property != null && !property.isBlank()) {
      Path root = Path.of(property).toAbsolutePath().normalize();
      if (Files.isRegularFile(root.resolve("tools/package.json"))) {
        return root;
      }
      throw new IllegalStateException(
          "system property kite.root=" + property + " has no tools/package.json");
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("tools/package.json"))) {
        return dir;
      }
    }
    throw new IllegalStateException(
        "cannot find the Kite repository root: set -Dkite.root or run inside the repository");
  }

  /** The installed Node tools ({@code <root>/tools/node_modules}). */
  public static Path nodeModules() {
    Path modules = find().resolve("tools/node_modules");
    if (!Files.isDirectory(modules.resolve("dynalite"))) {
      throw new IllegalStateException(
          "dynalite is not installed in "
              + modules
              + ": run `node tools/ensure-installed.mjs` (the Maven build does it)");
    }
    return modules;
  }
}
