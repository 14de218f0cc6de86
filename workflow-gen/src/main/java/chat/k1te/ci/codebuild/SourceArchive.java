package chat.k1te.ci.codebuild;

import chat.k1te.ci.CiException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The source CodeBuild builds: {@code git archive --format=zip <commit>}. Git archives exactly the
 * commit's tree — never untracked or ignored files (a stray {@code .env}, {@code target/}) — and
 * honours {@code export-ignore}; a directory walk could not promise that. Git is on every runner.
 */
final class SourceArchive {
  private SourceArchive() {}

  static Path create(Path repository, String commit) {
    if (!Files.isDirectory(repository)) {
      throw CiException.invalidInput("--source-dir " + repository + " is not a directory");
    }
    try {
      Path zip = Files.createTempFile("kite-source-", ".zip");
      Path errors = Files.createTempFile("kite-git-", ".err");
      try {
        Process git =
            new ProcessBuilder(List.of("git", "archive", "--format=zip", "--output=" + zip, commit))
                .directory(repository.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(errors.toFile())
                .start();
        if (!git.waitFor(5, TimeUnit.MINUTES)) {
          git.destroyForcibly();
          throw CiException.invalidInput("git archive of " + commit + " took over 5 minutes");
        }
        if (git.exitValue() != 0) {
          Files.deleteIfExists(zip);
          throw CiException.invalidInput(
              "git archive of commit "
                  + commit
                  + " in "
                  + repository
                  + " failed: "
                  + Files.readString(errors, StandardCharsets.UTF_8).strip()
                  + " (is it a clone that contains the commit? use actions/checkout with that ref)");
        }
        return zip;
      } finally {
        Files.deleteIfExists(errors);
      }
    } catch (IOException e) {
      if (e.getMessage() != null && e.getMessage().contains("\"git\"")) {
        throw CiException.invalidInput(
            "git is not installed; --source s3 needs it: " + e.getMessage());
      }
      throw new UncheckedIOException("Cannot create the source archive", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw CiException.invalidInput("interrupted while archiving " + commit);
    }
  }
}
