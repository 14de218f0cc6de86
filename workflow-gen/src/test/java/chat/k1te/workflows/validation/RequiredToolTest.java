package chat.k1te.workflows.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RequiredToolTest {
  @Test
  void theToolIsTakenFromPath(@TempDir Path dir) throws Exception {
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path shellcheck = Files.writeString(bin.resolve("shellcheck"), "#!/bin/sh\n");
    assertThat(shellcheck.toFile().setExecutable(true)).isTrue();

    assertThat(RequiredTool.SHELLCHECK.find(dir + File.pathSeparator + bin)).isEqualTo(shellcheck);
  }

  @Test
  void aMissingToolIsOneMessageNamingItAndItsInstallCommand(@TempDir Path dir) {
    assertThatThrownBy(() -> RequiredTool.SHELLCHECK.find(dir.toString()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("shellcheck is not on PATH; install it: ")
        .hasMessageContaining("apt-get install shellcheck")
        .hasNoCause();
  }
}
