package chat.k1te.serverless.json;

/**
 * Bounds for a JSON document read from outside: its length in characters, how deep arrays and
 * objects may nest (a deep document must be refused before it can exhaust the stack), and whether a
 * string may hold an escaped NUL character.
 */
public record JsonLimits(int maxChars, int maxDepth, boolean nulInStrings) {
  /** A {@code k1te.chat.v1} frame: one flat array (API Gateway's frame size bound). */
  public static final JsonLimits FRAME = new JsonLimits(32 * 1024, 8, false);

  /** A document whose strings Kite uses: a Telegram update, a Bot API answer. */
  public static final JsonLimits DOCUMENT = new JsonLimits(6 * 1024 * 1024, 32, false);

  /**
   * An invocation event (Lambda's payload bound): its body is a string read again as a frame or a
   * document, so an escaped NUL there is judged by that reading, with its own error.
   */
  public static final JsonLimits EVENT = new JsonLimits(6 * 1024 * 1024, 32, true);

  public JsonLimits {
    if (maxChars < 1 || maxDepth < 1) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }
}
