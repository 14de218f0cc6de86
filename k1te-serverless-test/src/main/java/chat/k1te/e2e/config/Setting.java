package chat.k1te.e2e.config;

import java.util.Optional;

/** One input of the suites: a system property, else an environment variable; blank is absent. */
public final class Setting {
  private Setting() {}

  public static Optional<String> of(String property, String environmentVariable) {
    return nonBlank(System.getProperty(property))
        .or(() -> nonBlank(System.getenv(environmentVariable)));
  }

  public static String required(String property, String environmentVariable, String meaning) {
    return of(property, environmentVariable)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "Missing "
                        + meaning
                        + ": set -D"
                        + property
                        + " or the environment variable "
                        + environmentVariable));
  }

  private static Optional<String> nonBlank(String value) {
    return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
  }
}
