package chat.k1te.serverless.packaging.aot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Jdk25Test {
  @Test
  void aJdkThatSetupJavaExportedIsFound(@TempDir Path dir) throws IOException {
    // newer than any installed one, so that it is the one chosen
    Path jdk = fakeJdk(dir.resolve("temurin-99"), "99.0.1");

    Jdk25 found = Jdk25.locate(Optional.empty(), Map.of("JAVA_HOME_99_X64", jdk.toString()));

    assertThat(found.home()).isEqualTo(jdk);
    assertThat(found.feature()).isEqualTo(99);
  }

  @Test
  void aNamedJdkOlderThan25IsRefusedByName(@TempDir Path dir) throws IOException {
    Path jdk = fakeJdk(dir.resolve("temurin-21"), "21.0.5");

    assertThatThrownBy(() -> Jdk25.locate(Optional.of(jdk), Map.of()))
        .hasMessageContaining(jdk.toString())
        .hasMessageContaining("not a JDK 25 or newer");
  }

  private static Path fakeJdk(Path home, String version) throws IOException {
    Files.createDirectories(home.resolve("bin"));
    Files.writeString(home.resolve("release"), "JAVA_VERSION=\"" + version + "\"\n");
    Path jlink = Files.writeString(home.resolve("bin/jlink"), "#!/bin/sh\n");
    Files.setPosixFilePermissions(jlink, PosixFilePermissions.fromString("rwxr-xr-x"));
    return home;
  }
}
