package chat.k1te.serverless.packaging.aot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Finds the JDK 25+ whose jlink and java build the {@code jvm-aot} package: {@code --jdk}, else
 * {@code KITE_AOT_JDK}, else a {@code JAVA_HOME_<version>_<arch>} that actions/setup-java exported,
 * else the newest JDK 25+ in the usual install folders.
 */
record Jdk25(Path home, int feature) {
  static final String VARIABLE = "KITE_AOT_JDK";
  private static final List<Path> INSTALL_FOLDERS =
      List.of(Path.of("/usr/lib/jvm"), Path.of("/opt/java"), Path.of("/usr/local/lib/jvm"));

  Path bin(String tool) {
    return home.resolve("bin").resolve(tool);
  }

  static Jdk25 locate(Optional<Path> option, Map<String, String> environment) {
    Optional<Path> named =
        option.or(
            () ->
                Optional.ofNullable(environment.get(VARIABLE))
                    .filter(v -> !v.isBlank())
                    .map(Path::of));
    if (named.isPresent()) {
      return of(named.get())
          .orElseThrow(
              () ->
                  new IllegalArgumentException(
                      named.get()
                          + " is not a JDK 25 or newer with jlink (its release file must say"
                          + " JAVA_VERSION=\"25...\")"));
    }
    Stream<Path> setupJava =
        environment.entrySet().stream()
            .filter(e -> e.getKey().matches("JAVA_HOME_\\d+_[A-Z0-9]+"))
            .map(e -> Path.of(e.getValue()));
    Stream<Path> installed =
        INSTALL_FOLDERS.stream().filter(Files::isDirectory).flatMap(Jdk25::children);
    return Stream.concat(setupJava, installed)
        .map(Jdk25::of)
        .flatMap(Optional::stream)
        .max((a, b) -> Integer.compare(a.feature, b.feature))
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "the jvm-aot package needs a JDK 25 or newer with jlink: set "
                        + VARIABLE
                        + "=<jdk home> (e.g. a Temurin 25), or build without it with"
                        + " -Dkite.aot.skip=true"));
  }

  static Optional<Jdk25> of(Path home) {
    Path release = home.resolve("release");
    if (!Files.isRegularFile(release) || !Files.isExecutable(home.resolve("bin/jlink"))) {
      return Optional.empty();
    }
    Properties properties = new Properties();
    try (var in = Files.newInputStream(release)) {
      properties.load(in);
    } catch (IOException e) {
      return Optional.empty();
    }
    String version = properties.getProperty("JAVA_VERSION", "").replace("\"", "");
    String feature = version.split("[.+-]")[0];
    if (!feature.matches("\\d+") || Integer.parseInt(feature) < 25) {
      return Optional.empty();
    }
    return Optional.of(new Jdk25(home, Integer.parseInt(feature)));
  }

  private static Stream<Path> children(Path folder) {
    try (Stream<Path> list = Files.list(folder)) {
      return list.toList().stream();
    } catch (IOException e) {
      return Stream.empty();
    }
  }
}
