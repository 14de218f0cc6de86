package chat.k1te.serverless.protocol;

/** A frame that cannot be decoded; the message says what is wrong with it. */
public final class ProtocolException extends Exception {
  public ProtocolException(String message) {
    super(message);
  }
}
