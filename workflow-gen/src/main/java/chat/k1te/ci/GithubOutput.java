package chat.k1te.ci;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Appends step outputs to the file named by {@code $GITHUB_OUTPUT}. Single-line values use {@code
 * name=value}; anything with a line break uses the {@code name<<DELIMITER} form with a random
 * delimiter, so a value can never inject another output.
 */
public record GithubOutput(Path file) {
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

  public void write(Map<String, String> outputs) {
    StringBuilder text = new StringBuilder();
    outputs.forEach((name, value) -> text.append(format(name, value)));
    try {
      Files.writeString(
          file,
          text,
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND,
          StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write step outputs to " + file, e);
    }
  }

  public void write(String name, String value) {
    write(Map.of(name, value));
  }

  static String format(String name, String value) {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("Invalid step output name '" + name + "'");
    }
    if (value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
      return name + "=" + value + "\n";
    }
    String delimiter;
    do {
      delimiter = "kite_" + UUID.randomUUID().toString().replace("-", "");
    } while (value.contains(delimiter));
    return name + "<<" + delimiter + "\n" + value + "\n" + delimiter + "\n";
  }
}
