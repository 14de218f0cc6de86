package chat.k1te.serverless.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The environment a handler was given, read once at init. Missing required variables are collected
 * so that one startup error names all of them.
 */
public final class Env {
  private final Map<String, String> values;
  private final List<String> missing = new ArrayList<>();

  public Env(Map<String, String> values) {
    this.values = Map.copyOf(values);
  }

  public Optional<String> optional(String name) {
    String value = values.get(name);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }

  /** The value, or {@code ""} after recording the name as missing (see {@link #check}). */
  public String required(String name) {
    return optional(name)
        .orElseGet(
            () -> {
              missing.add(name);
              return "";
            });
  }

  /** A value given directly or through the SSM parameter named by another variable. */
  public Optional<String> eitherOf(String direct, String parameter) {
    if (optional(direct).isEmpty() && optional(parameter).isEmpty()) {
      missing.add(direct + " or " + parameter);
    }
    return optional(direct);
  }

  /** Throws a {@link ConfigurationException} naming every missing variable, if any. */
  public void check(String handler) {
    if (!missing.isEmpty()) {
      throw new ConfigurationException(
          handler + " cannot start: missing environment variable(s) " + String.join(", ", missing));
    }
  }
}
