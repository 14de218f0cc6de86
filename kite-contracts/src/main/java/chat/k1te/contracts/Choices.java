package chat.k1te.contracts;

import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Parses a closed choice (an enum) by its external name, naming the valid ones when it fails. */
public final class Choices {
  private Choices() {}

  /**
   * The value whose {@code name} is {@code input}.
   *
   * @throws IllegalArgumentException "expected one of a, b, got 'input'"
   */
  public static <E> E byName(E[] values, Function<E, String> name, String input) {
    return Arrays.stream(values)
        .filter(v -> name.apply(v).equals(input))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "expected one of "
                        + Arrays.stream(values).map(name).collect(Collectors.joining(", "))
                        + ", got '"
                        + input
                        + "'"));
  }
}
