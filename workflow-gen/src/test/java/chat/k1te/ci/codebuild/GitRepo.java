package chat.k1te.ci.codebuild;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A throw-away git repository with one commit, for the source-archive step. */
final class GitRepo {
  private GitRepo() {}

  /** Creates the repository in {@code dir} and returns the commit SHA. */
  static String withOneCommit(Path dir) throws IOException, InterruptedException {
    Files.writeString(dir.resolve("README.md"), "kite\n");
    Files.writeString(dir.resolve(".gitignore"), "secret.env\n");
    Files.writeString(dir.resolve("secret.env"), "TOKEN=do-not-upload\n");
    git(dir, "init", "-q");
    git(dir, "add", "README.md", ".gitignore");
    git(
        dir,
        "-c",
        "user.name=Kite Test",
        "-c",
        "user.email=test@example.invalid",
        "commit",
        "-q",
        "-m",
        "one");
    return git(dir, "rev-parse", "HEAD").strip();
  }

  private static String git(Path dir, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(args));
    Process process =
        new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IOException("git " + String.join(" ", args) + " failed: " + output);
    }
    return output;
  }
}
