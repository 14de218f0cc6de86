package chat.k1te.workflows.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The script of the {@code verify-on-main} action, run by bash against a real git repository laid
 * out as a tag checkout with {@code fetch-depth: 0} sees it: {@code refs/remotes/origin/main} and a
 * side branch that main never merged.
 */
class VerifyOnMainTest {
  @TempDir Path repo;
  private String onMain;
  private String mainHead;
  private String offMain;

  @BeforeEach
  void repository() throws Exception {
    git("init", "-q", "-b", "main");
    onMain = commit("a.txt", "reviewed");
    mainHead = commit("b.txt", "reviewed too");
    git("checkout", "-q", "-b", "side", onMain);
    offMain = commit("evil.txt", "never reviewed");
    git("update-ref", ReleaseActions.MAIN_REF, mainHead);
  }

  @Test
  void aCommitOnMainPasses() throws Exception {
    assertThat(verify(onMain, ReleaseActions.MAIN_REF)).startsWith("0:").contains("is on main");
    assertThat(verify(mainHead, ReleaseActions.MAIN_REF)).startsWith("0:");
  }

  @Test
  void aCommitMainNeverContainedFailsWithTheReason() throws Exception {
    assertThat(verify(offMain, ReleaseActions.MAIN_REF))
        .startsWith("1:")
        .contains("::error::" + offMain + " is not on main");
  }

  @Test
  void aShallowCheckoutWithoutMainFailsInsteadOfPassing() throws Exception {
    assertThat(verify(onMain, "refs/remotes/origin/absent"))
        .startsWith("1:")
        .contains("is missing: check out with fetch-depth 0");
  }

  /** Exit code, colon, stdout and stderr of the action's script. */
  private String verify(String commit, String mainRef) throws Exception {
    ProcessBuilder bash =
        new ProcessBuilder(
                "bash", "-e", "-o", "pipefail", "-c", ReleaseActions.VERIFY_ON_MAIN_SCRIPT)
            .directory(repo.toFile())
            .redirectErrorStream(true);
    bash.environment().putAll(Map.of("COMMIT", commit, "MAIN_REF", mainRef));
    Process process = bash.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    return process.exitValue() + ":" + output;
  }

  private String commit(String file, String text) throws Exception {
    Files.writeString(repo.resolve(file), text);
    git("add", file);
    git("-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", text);
    return git("rev-parse", "HEAD").strip();
  }

  private String git(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(args));
    Process process =
        new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IllegalStateException("git " + String.join(" ", args) + ": " + output);
    }
    return output;
  }
}
