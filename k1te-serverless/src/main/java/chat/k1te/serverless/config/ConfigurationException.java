package chat.k1te.serverless.config;

/** A handler cannot start: missing or invalid configuration (the message names it). */
public final class ConfigurationException extends RuntimeException {
  public ConfigurationException(String message) {
    super(message);
  }

  public ConfigurationException(String message, Throwable cause) {
    super(message, cause);
  }
}
