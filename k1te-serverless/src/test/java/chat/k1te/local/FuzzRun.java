package chat.k1te.local;

import java.net.Socket;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * Seeded hostile frames on one joined visitor's socket (a {@code PING} every 100 must get {@code
 * PONG}, every frame {@code ERR} 4xx, the socket stays open) and malformed handshakes on raw
 * sockets (each 4xx, never 5xx). Failures are counted per kind with an example.
 */
final class FuzzRun {
  private FuzzRun() {}

  /** Kind of failure → count and the first example. */
  record Report(int frames, int handshakes, Map<String, String> failures, boolean stillOpen) {
    String summary() {
      return frames
          + " hostile frames, "
          + handshakes
          + " malformed handshakes: "
          + (failures.isEmpty() ? "no failures" : failures)
          + (stillOpen ? "" : "; the socket was closed");
    }
  }

  static Report run(LocalRuntime runtime, long seed, int frames, int handshakes) throws Exception {
    HostileInput input = new HostileInput(seed);
    Map<String, String> failures = new TreeMap<>();
    WsClient visitor = WsClient.open(runtime.wsUrl() + "?c=" + runtime.demoChannel());
    visitor.send(Json.write(List.of("JOIN", "FuzzVisit1", "Fuzz", runtime.demoChannel())));
    String joined = visitor.next();
    if (!joined.equals("[\"OK\"]")) {
      throw new AssertionError("JOIN answered " + joined);
    }
    for (int i = 1; i <= frames && visitor.isOpen(); i++) {
      if (i % 100 == 0) {
        visitor.send("[\"PING\"]");
        String pong = visitor.received.poll(15, TimeUnit.SECONDS);
        if (!"[\"PONG\"]".equals(pong)) {
          failures.merge("PING not answered PONG", "frame " + i + ": " + pong, (a, b) -> a);
        }
      }
      HostileInput.Frame frame = input.nextFrame();
      if (frame.isBinary()) {
        visitor.send(ByteBuffer.wrap(frame.binary()));
      } else {
        visitor.send(frame.text());
      }
      String answer = visitor.received.poll(15, TimeUnit.SECONDS);
      if (answer == null || !answer.startsWith("[\"ERR\"") || answer.matches(".*,5\\d\\d]$")) {
        failures.merge(
            frame.kind() + " not answered ERR 4xx",
            shorten(frame.isBinary() ? "<binary>" : frame.text()) + " → " + answer,
            (a, b) -> a);
      }
    }
    boolean open = visitor.isOpen();
    visitor.closeBlocking();
    int port = URI.create(runtime.baseUrl()).getPort();
    String path = "/" + runtime.stage() + "?c=" + runtime.demoChannel();
    for (int i = 0; i < handshakes; i++) {
      String request = input.nextHandshake(path);
      String status = statusLine(port, request);
      if (!status.matches("HTTP/1\\.1 4\\d\\d.*")) {
        failures.merge(
            "handshake not answered 4xx", shorten(request) + " → " + status, (a, b) -> a);
      }
    }
    return new Report(frames, handshakes, failures, open);
  }

  private static String statusLine(int port, String request) throws Exception {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(30_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
      StringBuilder line = new StringBuilder();
      for (int c = socket.getInputStream().read();
          c >= 0 && c != '\r';
          c = socket.getInputStream().read()) {
        line.append((char) c);
      }
      return line.toString();
    }
  }

  private static String shorten(String s) {
    return s.length() > 120 ? s.substring(0, 120) + "…(" + s.length() + " chars)" : s;
  }
}
