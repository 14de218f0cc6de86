package chat.k1te.ci.pins;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A release tag {@code vMAJOR[.MINOR[.PATCH]]}, ordered numerically. */
record Release(String tag, List<Integer> numbers) implements Comparable<Release> {
  private static final Pattern TAG = Pattern.compile("v(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?");

  Release {
    numbers = List.copyOf(numbers);
  }

  /** The release a tag names; empty for tags that are not plain versions (v4-beta, latest). */
  static Optional<Release> parse(String tag) {
    Matcher m = TAG.matcher(tag == null ? "" : tag);
    if (!m.matches()) {
      return Optional.empty();
    }
    List<Integer> numbers = new ArrayList<>();
    for (int group = 1; group <= 3; group++) {
      numbers.add(m.group(group) == null ? 0 : Integer.parseInt(m.group(group)));
    }
    return Optional.of(new Release(tag, numbers));
  }

  int major() {
    return numbers.get(0);
  }

  @Override
  public int compareTo(Release other) {
    for (int i = 0; i < 3; i++) {
      int c = Integer.compare(numbers.get(i), other.numbers.get(i));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }
}
