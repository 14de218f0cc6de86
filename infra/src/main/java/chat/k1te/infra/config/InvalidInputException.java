package chat.k1te.infra.config;

/** A synth-time input (environment variable, argument, property) has a value we cannot use. */
public final class InvalidInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String input;

  public InvalidInputException(String input, String message) {
    super(input + ": " + message);
    this.input = input;
  }

  /** The name of the bad input, e.g. {@code KITE_DOMAIN}. */
  public String input() {
    return input;
  }
}
