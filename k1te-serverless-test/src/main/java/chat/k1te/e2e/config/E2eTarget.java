package chat.k1te.e2e.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Where the suites run: the in-JVM local runtime (default) or a deployed stage with Telegram. */
public enum E2eTarget {
  LOCAL,
  DEV;

  public static final String PROPERTY = "e2e.target";

  public static E2eTarget current() {
    return parse(Setting.of(PROPERTY, "E2E_TARGET").orElse("local"));
  }

  static E2eTarget parse(String value) {
    return Arrays.stream(values())
        .filter(target -> target.name().equalsIgnoreCase(value.strip()))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "Unknown e2e target '"
                        + value
                        + "' (-D"
                        + PROPERTY
                        + "): expected one of "
                        + Arrays.stream(values())
                            .map(t -> t.name().toLowerCase(Locale.ROOT))
                            .collect(Collectors.joining(", "))));
  }
}
