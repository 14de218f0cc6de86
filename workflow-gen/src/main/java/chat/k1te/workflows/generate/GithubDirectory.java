package chat.k1te.workflows.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The generated part of a repository's {@code .github/}: {@code workflows/} and {@code actions/}.
 * dependabot.yml is generated too; anything else there (e.g. CODEOWNERS) is not ours and is left
 * alone.
 */
public final class GithubDirectory {
  private static final List<String> OWNED = List.of(".github/workflows", ".github/actions");

  private final Path root;

  public GithubDirectory(Path root) {
    this.root = root;
  }

  /** Writes every file and deletes files of the owned folders that are no longer generated. */
  public List<String> write(List<GeneratedFile> files) {
    try {
      Set<String> wanted = files.stream().map(GeneratedFile::path).collect(Collectors.toSet());
      for (String extra : existing()) {
        if (!wanted.contains(extra)) {
          Files.delete(root.resolve(extra));
        }
      }
      List<String> written = new ArrayList<>();
      for (GeneratedFile file : files) {
        Path target = root.resolve(file.path());
        Files.createDirectories(target.getParent());
        byte[] bytes = file.content().getBytes(StandardCharsets.UTF_8);
        if (!Files.exists(target) || !java.util.Arrays.equals(Files.readAllBytes(target), bytes)) {
          Files.write(target, bytes);
          written.add(file.path());
        }
      }
      return written;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write .github/ under " + root, e);
    }
  }

  /** Differences between the files on disk and a fresh generation; empty when up to date. */
  public List<String> differences(List<GeneratedFile> files) {
    try {
      List<String> problems = new ArrayList<>();
      Set<String> wanted = new TreeSet<>();
      for (GeneratedFile file : files) {
        wanted.add(file.path());
        Path target = root.resolve(file.path());
        if (!Files.exists(target)) {
          problems.add("missing: " + file.path());
        } else if (!Files.readString(target, StandardCharsets.UTF_8).equals(file.content())) {
          problems.add("stale:   " + file.path());
        }
      }
      for (String path : existing()) {
        if (!wanted.contains(path)) {
          problems.add("extra:   " + path);
        }
      }
      return problems;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read .github/ under " + root, e);
    }
  }

  private Set<String> existing() throws IOException {
    Set<String> paths = new TreeSet<>();
    for (String owned : OWNED) {
      Path dir = root.resolve(owned);
      if (Files.isDirectory(dir)) {
        try (Stream<Path> walk = Files.walk(dir)) {
          walk.filter(Files::isRegularFile)
              .map(p -> root.relativize(p).toString().replace('\\', '/'))
              .forEach(paths::add);
        }
      }
    }
    return paths;
  }
}
