package chat.k1te.serverless.domain;

import java.util.List;
import java.util.Optional;

/**
 * An expected failure with a reason for the user and an HTTP-like code: 400 bad input, 404 not
 * found, 409 conflict, 500 internal, 502 delivery (routing or a downstream API).
 */
public final class KiteException extends RuntimeException {
  private final int code;
  private final Optional<BotText> text;
  private final List<Object> args;

  public KiteException(int code, String message) {
    super(message);
    this.code = code;
    this.text = Optional.empty();
    this.args = List.of();
  }

  /** A failure the bot can tell in the user's language; the message is the English text. */
  public KiteException(int code, BotText text, Object... args) {
    super(text.english(args));
    this.code = code;
    this.text = Optional.of(text);
    this.args = List.of(args);
  }

  public int code() {
    return code;
  }

  /** The reason in {@code language} (English for failures that only web clients see). */
  public String reason(Language language) {
    return text.map(t -> t.in(language, args.toArray())).orElse(getMessage());
  }

  public static KiteException badRequest(BotText text, Object... args) {
    return new KiteException(400, text, args);
  }

  public static KiteException notFound(BotText text, Object... args) {
    return new KiteException(404, text, args);
  }

  public static KiteException conflict(BotText text, Object... args) {
    return new KiteException(409, text, args);
  }

  public static KiteException routing(BotText text, Object... args) {
    return new KiteException(502, text, args);
  }

  public static KiteException badRequest(String message) {
    return new KiteException(400, message);
  }

  public static KiteException notFound(String message) {
    return new KiteException(404, message);
  }

  public static KiteException conflict(String message) {
    return new KiteException(409, message);
  }

  public static KiteException routing(String message) {
    return new KiteException(502, message);
  }
}
