package chat.k1te.serverless.json;

/** A JSON document could not be read (the message says why). */
public final class JsonException extends Exception {
  public JsonException(String message) {
    super(message);
  }
}
