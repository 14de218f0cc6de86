package chat.k1te.local;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Random;

/**
 * Seeded hostile input for the fuzz suite: WebSocket frames that are all invalid for {@code
 * k1te.chat.v1} (so each must be answered {@code ERR}), and malformed upgrade requests (so each
 * must be answered 4xx).
 */
final class HostileInput {
  /** One frame: text, or binary when {@code binary} is set. */
  record Frame(String kind, String text, byte[] binary) {
    boolean isBinary() {
      return binary != null;
    }
  }

  private static final List<String> VERBS =
      List.of("TXT", "JOIN", "UPL", "BIN", "ACK", "OK", "ERR", "PONG", "txt", "", "HELLO", "Txt ");

  private final Random random;

  HostileInput(long seed) {
    this.random = new Random(seed);
  }

  Frame nextFrame() {
    return switch (random.nextInt(9)) {
      case 0 -> new Frame("invalid JSON", invalidJson(), null);
      case 1 -> new Frame("wrong types", wrongTypes(), null);
      case 2 -> new Frame("huge value", huge(), null);
      case 3 -> new Frame("deep nesting", deep(), null);
      case 4 -> new Frame("unknown verb", unknownVerb(), null);
      case 5 -> new Frame("unicode edge", unicode(), null);
      case 6 -> new Frame("trailing content", trailing(), null);
      case 7 -> new Frame("not an array", notAnArray(), null);
      default -> new Frame("binary", null, bytes(1 + random.nextInt(512)));
    };
  }

  private String invalidJson() {
    String valid =
        "[\"TXT\",\"id" + random.nextInt(1000) + "\",\"hello\",\"2026-12-04T10:00:00Z\"]";
    return switch (random.nextInt(4)) {
      case 0 -> valid.substring(0, 1 + random.nextInt(valid.length() - 2));
      case 1 -> "[\"TXT\",'single',\"x\"]";
      case 2 -> "[\"TXT\",,\"x\",\"y\"]";
      default -> new String(printable(1 + random.nextInt(64)), StandardCharsets.US_ASCII);
    };
  }

  private String wrongTypes() {
    String[] values = {"42", "true", "null", "{}", "[]", "-1e309", "\"\"", "1.5"};
    StringBuilder frame = new StringBuilder("[\"TXT\"");
    for (int i = 0; i < 3; i++) {
      frame.append(',').append(values[random.nextInt(values.length)]);
    }
    return frame.append(']').toString();
  }

  private String huge() {
    // a value over any field bound, in a frame of the wrong arity either way
    return "[\"TXT\",\"" + "x".repeat(60_000 + random.nextInt(60_000)) + "\"]";
  }

  private String deep() {
    int depth = 500 + random.nextInt(4_000);
    return "[".repeat(depth) + "]".repeat(depth);
  }

  private String unknownVerb() {
    return "[\"" + VERBS.get(random.nextInt(VERBS.size())) + random.nextInt(3) + "\",\"a\",\"b\"]";
  }

  private String unicode() {
    String[] odd = {"\u0000", "\uFEFF", "\u202E", "\uFFFF", "\uD83D\uDE00", "\u00A0", "\u2028"};
    String s = odd[random.nextInt(odd.length)];
    return switch (random.nextInt(3)) {
      case 0 -> s + "[\"PING\"]";
      case 1 -> "[\"TXT" + s + "\",\"a\",\"b\",\"c\"]";
      default -> "[\"PI" + s + "NG\"]";
    };
  }

  private String trailing() {
    String[] tails = {"]", "x", " []", ",", "\u0000", "{}"};
    return "[\"TXT\",\"t\",\"text\",\"2026-12-04T10:00:00Z\"]"
        + tails[random.nextInt(tails.length)];
  }

  private String notAnArray() {
    String[] values = {"42", "\"TXT\"", "{\"TXT\":1}", "null", "true", "", " "};
    return values[random.nextInt(values.length)];
  }

  private byte[] bytes(int n) {
    byte[] b = new byte[n];
    random.nextBytes(b);
    return b;
  }

  private byte[] printable(int n) {
    byte[] b = new byte[n];
    for (int i = 0; i < n; i++) {
      b[i] = (byte) (33 + random.nextInt(94));
    }
    // never a well-formed frame by accident
    b[0] = (byte) (b[0] == '[' ? '(' : b[0]);
    return b;
  }

  /** A malformed upgrade request for {@code path} (one that must not be upgraded). */
  String nextHandshake(String path) {
    String key = Base64.getEncoder().encodeToString(bytes(16));
    String method = "GET";
    String version = "13";
    String upgrade = "Upgrade: websocket\r\nConnection: Upgrade\r\n";
    String requestTarget = path;
    String extra = "";
    switch (random.nextInt(10)) {
      case 0 -> key = "";
      case 1 -> key = Base64.getEncoder().encodeToString(bytes(1 + random.nextInt(15)));
      case 2 -> key = new String(printable(24), StandardCharsets.US_ASCII).replace(':', '!') + "*";
      case 3 -> key = "QUFB".repeat(100 + random.nextInt(2_500));
      case 4 -> method = List.of("POST", "PUT", "DELETE", "PATCH").get(random.nextInt(4));
      case 5 -> version = List.of("8", "12", "14", "", "abc").get(random.nextInt(5));
      case 6 -> upgrade = "Upgrade: websocket\r\n";
      case 7 -> requestTarget = path.replace("c=", "c=%Z" + random.nextInt(9));
      case 8 -> extra = "Sec-WebSocket-Key: " + key + "\r\n";
      default ->
          requestTarget =
              "/" + new String(printable(8), StandardCharsets.US_ASCII).replace('%', 'x') + "?c=x";
    }
    return method
        + " "
        + requestTarget
        + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        + upgrade
        + (key.isEmpty() ? "Sec-WebSocket-Key:\r\n" : "Sec-WebSocket-Key: " + key + "\r\n")
        + extra
        + "Sec-WebSocket-Version: "
        + version
        + "\r\nSec-WebSocket-Protocol: k1te.chat.v1\r\n"
        + (method.equals("GET") ? "" : "Content-Length: 0\r\n")
        + "\r\n";
  }
}
