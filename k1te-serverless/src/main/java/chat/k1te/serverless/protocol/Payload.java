package chat.k1te.serverless.protocol;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** The frames of subprotocol {@code k1te.chat.v1}: one JSON array each, tag first. */
public sealed interface Payload {

  /** A message with content: text or a file by URL. */
  sealed interface Message extends Payload {
    String messageId();

    Instant created();

    /** 2 when the client (visitor or member) sent it, 0 when the host did. */
    int status();
  }

  /**
   * {@code ["JOIN", memberId, memberName or null, channelName, features?]}; {@code features} (an
   * array of strings, e.g. {@code ["seen","edit"]}) says what the widget handles beyond the first
   * revision of the protocol.
   */
  record Join(
      String memberId, Optional<String> memberName, String channelName, Set<String> features)
      implements Payload {
    public Join {
      Objects.requireNonNull(memberId);
      Objects.requireNonNull(memberName);
      Objects.requireNonNull(channelName);
      features = Set.copyOf(features);
    }

    public Join(String memberId, Optional<String> memberName, String channelName) {
      this(memberId, memberName, channelName, Set.of());
    }

    public String displayName() {
      return memberName.filter(n -> !n.isBlank()).orElse(memberId);
    }
  }

  /** {@code ["TXT", messageId, text, created, status?]}. */
  record Txt(String messageId, String text, Instant created, int status) implements Message {}

  /** {@code ["BIN", messageId, url, fileName, fileType, fileSize, created, status?]}. */
  record Bin(
      String messageId,
      String url,
      String fileName,
      String fileType,
      long fileSize,
      Instant created,
      int status)
      implements Message {}

  /**
   * Client asks for an upload slot: {@code ["UPL", messageId, fileName, fileType, fileSize,
   * created]}.
   */
  record Upl(String messageId, String fileName, String fileType, long fileSize, Instant created)
      implements Payload {}

  /** Server grants it: {@code ["UPL", messageId, getUrl, putUrl]}. */
  record UplSlot(String messageId, String getUrl, String putUrl) implements Payload {}

  /** {@code ["ACK", messageId, destinationMessageId, delivered]}. */
  record Ack(String messageId, String destinationMessageId, Instant delivered) implements Payload {}

  /** {@code ["OK"]}: JOIN accepted. */
  record Ok() implements Payload {}

  /** {@code ["ERR", reason, code]}; the reason is sent prefixed with "⛔ ". */
  record Err(String reason, int code) implements Payload {}

  /**
   * {@code ["SEEN", messageId]}: the widget displayed this message (an id of a TXT or BIN it
   * received, or the destination id of an ACK) and everything before it. No reply.
   */
  record Seen(String messageId) implements Payload {}

  /** {@code ["EDIT", messageId, text, edited]}: the message shown with this id now reads text. */
  record Edit(String messageId, String text, Instant edited) implements Payload {}

  /** {@code ["DEL", messageId]}: the message shown with this id was withdrawn. */
  record Del(String messageId) implements Payload {}

  /** Client asks for a one-time link to continue in Telegram: {@code ["LINK"]}. */
  record LinkRequest() implements Payload {}

  /** Server grants it: {@code ["LINK", url, expires]}. */
  record Link(String url, Instant expires) implements Payload {}

  record Ping() implements Payload {}

  record Pong() implements Payload {}
}
