package chat.k1te.serverless.protocol;

import chat.k1te.serverless.json.Json;
import chat.k1te.serverless.json.JsonException;
import chat.k1te.serverless.json.JsonLimits;
import chat.k1te.serverless.protocol.Payload.Ack;
import chat.k1te.serverless.protocol.Payload.Bin;
import chat.k1te.serverless.protocol.Payload.Err;
import chat.k1te.serverless.protocol.Payload.Join;
import chat.k1te.serverless.protocol.Payload.Ok;
import chat.k1te.serverless.protocol.Payload.Ping;
import chat.k1te.serverless.protocol.Payload.Pong;
import chat.k1te.serverless.protocol.Payload.Txt;
import chat.k1te.serverless.protocol.Payload.Upl;
import chat.k1te.serverless.protocol.Payload.UplSlot;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Encodes and decodes {@code k1te.chat.v1} frames, strictly (arity and element types). */
public final class PayloadCodec {
  public static final String ERROR_PREFIX = "⛔ ";

  private PayloadCodec() {}

  public static String encode(Payload payload) {
    return Json.write(elements(payload));
  }

  static List<Object> elements(Payload payload) {
    if (payload instanceof Join j) {
      List<Object> join = list("JOIN", j.memberId(), j.memberName().orElse(null), j.channelName());
      if (!j.features().isEmpty()) {
        join.add(j.features().stream().sorted().toList());
      }
      return join;
    }
    if (payload instanceof Txt t) {
      return withStatus(list("TXT", t.messageId(), t.text(), t.created().toString()), t.status());
    }
    if (payload instanceof Bin b) {
      return withStatus(
          list(
              "BIN",
              b.messageId(),
              b.url(),
              b.fileName(),
              b.fileType(),
              b.fileSize(),
              b.created().toString()),
          b.status());
    }
    if (payload instanceof Upl u) {
      return list(
          "UPL", u.messageId(), u.fileName(), u.fileType(), u.fileSize(), u.created().toString());
    }
    if (payload instanceof UplSlot s) {
      return list("UPL", s.messageId(), s.getUrl(), s.putUrl());
    }
    if (payload instanceof Ack a) {
      return list("ACK", a.messageId(), a.destinationMessageId(), a.delivered().toString());
    }
    if (payload instanceof Err e) {
      return list("ERR", ERROR_PREFIX + e.reason(), e.code());
    }
    if (payload instanceof Ok) {
      return list("OK");
    }
    if (payload instanceof Payload.Seen seen) {
      return list("SEEN", seen.messageId());
    }
    if (payload instanceof Payload.Edit e) {
      return list("EDIT", e.messageId(), e.text(), e.edited().toString());
    }
    if (payload instanceof Payload.Del d) {
      return list("DEL", d.messageId());
    }
    if (payload instanceof Payload.LinkRequest) {
      return list("LINK");
    }
    if (payload instanceof Payload.Link l) {
      return list("LINK", l.url(), l.expires().toString());
    }
    if (payload instanceof Ping) {
      return list("PING");
    }
    if (payload instanceof Pong) {
      return list("PONG");
    }
    throw new IllegalArgumentException("no encoding for " + payload);
  }

  private static List<Object> list(Object... values) {
    return new ArrayList<>(Arrays.asList(values));
  }

  private static List<Object> withStatus(List<Object> elements, int status) {
    if (status != 0) {
      elements.add(status);
    }
    return elements;
  }

  /** Decodes a frame a client may send: JOIN, TXT, BIN, UPL, SEEN, LINK or PING. */
  public static Payload decode(String frame) throws ProtocolException {
    if (frame == null || frame.isBlank()) {
      throw new ProtocolException("Empty frame: expected a JSON array such as [\"PING\"]");
    }
    Object parsed;
    try {
      parsed = Json.parse(frame, JsonLimits.FRAME);
    } catch (JsonException e) {
      throw new ProtocolException("Malformed frame, " + e.getMessage());
    }
    if (!(parsed instanceof List<?> list)) {
      throw new ProtocolException("Malformed frame: expected a JSON array such as [\"PING\"]");
    }
    if (list.isEmpty() || !(list.get(0) instanceof String tag)) {
      throw new ProtocolException("Malformed frame: the first element must be the type tag");
    }
    FrameReader f = new FrameReader(tag, list);
    return switch (tag) {
      case "JOIN" -> {
        f.arity(4, 5, "[\"JOIN\", memberId, memberName or null, channelName, features?]");
        yield new Join(
            f.nonBlank(1, "memberId"),
            f.optionalString(2, "memberName"),
            f.nonBlank(3, "channelName"),
            f.features(4));
      }
      case "SEEN" -> {
        f.arity(2, 2, "[\"SEEN\", messageId]");
        yield new Payload.Seen(f.id(1, "messageId"));
      }
      case "TXT" -> {
        f.arity(4, 5, "[\"TXT\", messageId, text, created, status?]");
        yield new Txt(
            f.id(1, "messageId"), f.string(2, "text"), f.instant(3, "created"), f.status(4));
      }
      case "BIN" -> {
        f.arity(7, 8, "[\"BIN\", messageId, url, fileName, fileType, fileSize, created, status?]");
        yield new Bin(
            f.id(1, "messageId"),
            f.nonBlank(2, "url"),
            f.nonBlank(3, "fileName"),
            f.nonBlank(4, "fileType"),
            f.size(5, "fileSize"),
            f.instant(6, "created"),
            f.status(7));
      }
      case "UPL" -> {
        f.arity(6, 6, "[\"UPL\", messageId, fileName, fileType, fileSize, created]");
        yield new Upl(
            f.id(1, "messageId"),
            f.nonBlank(2, "fileName"),
            f.nonBlank(3, "fileType"),
            f.size(4, "fileSize"),
            f.instant(5, "created"));
      }
      case "LINK" -> {
        f.arity(1, 1, "[\"LINK\"]");
        yield new Payload.LinkRequest();
      }
      case "PING" -> {
        f.arity(1, 1, "[\"PING\"]");
        yield new Ping();
      }
      default ->
          throw new ProtocolException(
              "Unsupported frame type "
                  + tag
                  + ": a client may send JOIN, TXT, BIN, UPL, SEEN, LINK or PING");
    };
  }

  /** Decodes a stored message (history): TXT or BIN. */
  public static Payload.Message decodeMessage(String frame) throws ProtocolException {
    if (decode(frame) instanceof Payload.Message m) {
      return m;
    }
    throw new ProtocolException("not a stored message: " + frame);
  }
}
