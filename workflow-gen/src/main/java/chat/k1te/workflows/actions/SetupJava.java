package chat.k1te.workflows.actions;

import chat.k1te.workflows.model.UsesStep;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** actions/setup-java: a JDK, optionally with the Maven/Gradle dependency cache. */
public record SetupJava(String distribution, String javaVersion, Optional<String> cache) {
  private static final List<String> DISTRIBUTIONS =
      List.of(
          "temurin",
          "zulu",
          "adopt",
          "liberica",
          "microsoft",
          "corretto",
          "semeru",
          "oracle",
          "graalvm");

  public SetupJava {
    if (!DISTRIBUTIONS.contains(distribution)) {
      throw new IllegalArgumentException(
          "Unknown setup-java distribution '" + distribution + "'; one of " + DISTRIBUTIONS);
    }
    cache.ifPresent(
        c -> {
          if (!List.of("maven", "gradle", "sbt").contains(c)) {
            throw new IllegalArgumentException(
                "setup-java cache must be maven|gradle|sbt, got '" + c + "'");
          }
        });
  }

  public static SetupJava temurinWithMavenCache(String javaVersion) {
    return new SetupJava("temurin", javaVersion, Optional.of("maven"));
  }

  public UsesStep step() {
    Map<String, String> with = new LinkedHashMap<>();
    with.put("distribution", distribution);
    with.put("java-version", javaVersion);
    cache.ifPresent(c -> with.put("cache", c));
    return UsesStep.of("Set up JDK " + javaVersion, ActionPins.SETUP_JAVA, with);
  }
}
