package chat.k1te.serverless.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import chat.k1te.serverless.runtime.RuntimeApiStub;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The native package ({@code -Dnative}, on a machine with GraalVM): exactly one executable named
 * bootstrap, an ELF binary for this machine's CPU, that runs the dispatcher over the Runtime API.
 */
class NativeFunctionZipIT {
  private static final Path ZIP =
      Path.of(System.getProperty("kite.function.zip", "target/function.zip"));

  @Test
  void holdsOnlyAnExecutableBootstrap() throws IOException {
    try (FileSystem zip =
        FileSystems.newFileSystem(
            URI.create("jar:" + ZIP.toUri()), Map.of("enablePosixFileAttributes", true))) {
      try (Stream<Path> entries = Files.list(zip.getPath("/"))) {
        assertThat(entries.map(Path::toString).toList()).containsExactly("/bootstrap");
      }
      assertThat(
              PosixFilePermissions.toString(
                  Files.getPosixFilePermissions(zip.getPath("/bootstrap"))))
          .isEqualTo("rwxr-xr-x");
    }
  }

  @Test
  void isAnElfExecutableForThisCpu(@TempDir Path task) throws IOException {
    byte[] header;
    try (InputStream in = Files.newInputStream(unpack(task))) {
      header = in.readNBytes(20);
    }
    assertThat(new String(header, 1, 3, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("ELF");
    int machine = (header[18] & 0xff) | (header[19] & 0xff) << 8;
    int expected = System.getProperty("os.arch").equals("aarch64") ? 0xB7 : 0x3E;
    assertThat(machine).as("ELF e_machine").isEqualTo(expected);
  }

  @Test
  void runsTheDispatcherOverTheRuntimeApi(@TempDir Path task)
      throws IOException, InterruptedException {
    Path bootstrap = unpack(task);
    try (RuntimeApiStub api = new RuntimeApiStub()) {
      api.enqueue("ping-native", LambdaEvents.webSocketMessage("conn-n", "[\"PING\"]"));
      ProcessBuilder builder =
          new ProcessBuilder(List.of(bootstrap.toString()))
              .redirectErrorStream(true)
              .redirectOutput(task.resolve("process.log").toFile());
      builder.environment().clear();
      builder
          .environment()
          .putAll(
              LambdaProcess.dispatcherEnvironment(
                  api.address(),
                  "request-dispatcher",
                  LambdaProcess.LocalEngines.create("native")));
      Process process = builder.start();
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
      String output = LambdaProcess.output(task);

      assertThat(api.initErrors()).as(output).isEmpty();
      assertThat(api.responses().get("ping-native").body()).as(output).contains("PONG");
    }
  }

  private static Path unpack(Path task) throws IOException {
    try (FileSystem zip = FileSystems.newFileSystem(ZIP)) {
      Path bootstrap = task.resolve("bootstrap");
      Files.copy(zip.getPath("/bootstrap"), bootstrap, StandardCopyOption.REPLACE_EXISTING);
      Files.setPosixFilePermissions(bootstrap, PosixFilePermissions.fromString("rwxr-xr-x"));
      return bootstrap;
    }
  }
}
