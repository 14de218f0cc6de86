package chat.k1te.workflows.generate;

/** One file of {@code .github/}: its path relative to the repository root and its text. */
public record GeneratedFile(String path, String content) {
  public GeneratedFile {
    if (!path.startsWith(".github/") || path.contains("..")) {
      throw new IllegalArgumentException("Generated files live under .github/, got '" + path + "'");
    }
  }
}
