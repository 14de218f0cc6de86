package chat.k1te.ci;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Appends Markdown to the file named by {@code $GITHUB_STEP_SUMMARY}. */
public record StepSummary(Path file) {
  public void append(String markdown) {
    try {
      Files.writeString(
          file,
          markdown.endsWith("\n") ? markdown : markdown + "\n",
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND,
          StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the step summary to " + file, e);
    }
  }
}
