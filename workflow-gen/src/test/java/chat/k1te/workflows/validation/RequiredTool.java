package chat.k1te.workflows.validation;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * An executable the validation tests run from PATH. When it is missing the test fails at once with
 * one message naming the tool and the command that installs it, instead of an I/O stack trace.
 */
record RequiredTool(String name, String install) {
  static final RequiredTool SHELLCHECK =
      new RequiredTool(
          "shellcheck",
          "sudo apt-get install shellcheck (Debian, Ubuntu; GitHub's Ubuntu runners have it),"
              + " brew install shellcheck (macOS)");

  /** The tool on the process's PATH. */
  Path find() {
    return find(System.getenv("PATH"));
  }

  Path find(String path) {
    return Arrays.stream(Optional.ofNullable(path).orElse("").split(File.pathSeparator))
        .filter(dir -> !dir.isBlank())
        .map(dir -> Path.of(dir, name))
        .filter(Files::isExecutable)
        .findFirst()
        .orElseThrow(
            () -> new IllegalStateException(name + " is not on PATH; install it: " + install));
  }
}
