package chat.k1te.local;

import static org.assertj.core.api.Assertions.assertThat;

import chat.k1te.local.http.Handshake;
import chat.k1te.local.http.HttpResponse;
import chat.k1te.local.http.LocalHttpServer;
import chat.k1te.local.http.WebSocket;
import chat.k1te.local.http.WebSocketListener;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The one-port HTTP + WebSocket server (Jetty plus our upgrade check and bounds) on its own, with
 * raw sockets for malformed input.
 */
class LocalHttpServerTest {
  private static final String KEY = "dGhlIHNhbXBsZSBub25jZQ==";

  private LocalHttpServer server;
  private final CompletableFuture<String> closed = new CompletableFuture<>();
  private final AtomicInteger upgradesDecided = new AtomicInteger();

  @BeforeAll
  static void quiet() {
    QuietLogging.apply();
  }

  @BeforeEach
  void start() throws Exception {
    server =
        LocalHttpServer.start(
            0,
            request ->
                HttpResponse.text(
                        200, request.method() + " " + request.path() + " " + request.bodyText())
                    .withHeader("X-Body", request.bodyText()),
            request -> {
              upgradesDecided.incrementAndGet();
              if (request.path().equals("/refused")) {
                return new Handshake.Refused(HttpResponse.json(404, "no such channel"));
              }
              return new Handshake.Accepted(Optional.of("k1te.chat.v1"), new Echo());
            });
  }

  private final class Echo implements WebSocketListener {
    @Override
    public void onOpen(WebSocket socket) {}

    @Override
    public void onText(WebSocket socket, String text) {
      if (text.equals("fail")) {
        throw new IllegalStateException("listener failed");
      }
      socket.sendText("echo " + text);
    }

    @Override
    public void onBinary(WebSocket socket, byte[] data) {
      socket.sendText("binary " + data.length);
    }

    @Override
    public void onClose(WebSocket socket, int code, String reason) {
      closed.complete(code + " " + reason);
    }
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private String exchange(String request) throws Exception {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(30_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
      socket.shutdownOutput();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void chunkedBodiesAreReadAndKeepAliveServesTheNextRequest() throws Exception {
    String answer =
        exchange(
            "POST /a HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n"
                + "GET /b HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    assertThat(answer).contains("POST /a hello world").contains("GET /b ");
  }

  @Test
  void malformedRequestsGet400() throws Exception {
    assertThat(exchange("NONSENSE\r\n\r\n")).startsWith("HTTP/1.1 400");
    assertThat(exchange("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n"))
        .startsWith("HTTP/1.1 400");
    assertThat(exchange("GET /local?c=%ZZ&m=1 HTTP/1.1\r\nHost: x\r\n\r\n"))
        .startsWith("HTTP/1.1 400")
        .contains("malformed percent-encoding in request target: /local?c=%ZZ&m=1");
    assertThat(exchange("GET /a%ZZ HTTP/1.1\r\nHost: x\r\n\r\n")).startsWith("HTTP/1.1 400");
  }

  @Test
  void badChunkingAndTruncatedBodiesAreNotHandedOn() throws Exception {
    assertThat(
            exchange(
                "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n-5\r\nhello\r\n"))
        .startsWith("HTTP/1.1 400");
    assertThat(
            exchange("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nab\r\n"))
        .startsWith("HTTP/1.1 400");
    assertThat(exchange("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n"))
        .startsWith("HTTP/1.1 4");
    // the client announces 10 bytes and leaves after 3: nothing reaches the handler
    assertThat(exchange("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nabc"))
        .doesNotContain("HTTP/1.1 200")
        .doesNotContain("HTTP/1.1 5");
  }

  @Test
  void oversizeHeadersAndBodiesAreRefusedWith4xx() throws Exception {
    assertThat(exchange("GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(70_000) + "\r\n\r\n"))
        .startsWith("HTTP/1.1 431");
    assertThat(
            exchange(
                "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: "
                    + (LocalHttpServer.MAX_BODY_BYTES + 1)
                    + "\r\n\r\n"))
        .startsWith("HTTP/1.1 413");
  }

  @Test
  void lineBreaksInAHeaderValueCannotAddHeaders() throws Exception {
    String body = "a\r\nX-Injected: 1";
    String answer =
        exchange(
            "POST / HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: "
                + body.length()
                + "\r\n\r\n"
                + body);
    assertThat(answer).startsWith("HTTP/1.1 200");
    assertThat(answer.split("\r\n\r\n")[0]).doesNotContain("\r\nX-Injected");
  }

  @Test
  void aClientThatStallsInTheMiddleOfARequestIsDropped() throws Exception {
    try (LocalHttpServer quick =
            LocalHttpServer.start(
                0,
                Duration.ofMillis(200),
                request -> HttpResponse.text(200, "never"),
                request -> new Handshake.Refused(HttpResponse.text(400, "no")));
        Socket socket = new Socket("127.0.0.1", quick.port())) {
      socket.setSoTimeout(30_000);
      socket
          .getOutputStream()
          .write("GET / HTTP/1.1\r\nHost: x".getBytes(StandardCharsets.US_ASCII));
      // dropped (possibly after a 408 naming the timeout), never answered 200
      assertThat(new String(socket.getInputStream().readAllBytes(), StandardCharsets.US_ASCII))
          .doesNotContain("200");
    }
  }

  @Test
  void anOpenWebSocketIsNotClosedByTheRequestTimeout() throws Exception {
    try (LocalHttpServer quick =
            LocalHttpServer.start(
                0,
                Duration.ofMillis(300),
                request -> HttpResponse.text(200, "never"),
                request -> new Handshake.Accepted(Optional.empty(), new Echo()));
        Socket socket = new Socket("127.0.0.1", quick.port())) {
      socket.setSoTimeout(30_000);
      assertThat(handshake(socket, "/local")).startsWith("HTTP/1.1 101");
      Thread.sleep(1_500);
      socket.getOutputStream().write(masked(0x1, "still here".getBytes(StandardCharsets.UTF_8)));
      assertThat(
              new String(
                  socket.getInputStream().readNBytes(2 + "echo still here".length()),
                  StandardCharsets.UTF_8))
          .endsWith("echo still here");
    }
  }

  @Test
  void malformedUpgradeRequestsGet4xxAndNeverReachTheGateway() throws Exception {
    String base = "Host: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n";
    String v13 = "Sec-WebSocket-Version: 13\r\n";
    assertThat(exchange("GET /local HTTP/1.1\r\n" + base + v13 + "\r\n"))
        .startsWith("HTTP/1.1 400")
        .contains("Sec-WebSocket-Key");
    assertThat(exchange("GET /local HTTP/1.1\r\n" + base + v13 + "Sec-WebSocket-Key: \r\n\r\n"))
        .startsWith("HTTP/1.1 400");
    assertThat(
            exchange(
                "GET /local HTTP/1.1\r\n"
                    + base
                    + v13
                    + "Sec-WebSocket-Key: not*base64*at*all*!!!!\r\n\r\n"))
        .startsWith("HTTP/1.1 400");
    assertThat(
            exchange(
                "GET /local HTTP/1.1\r\n"
                    + base
                    + v13
                    + "Sec-WebSocket-Key: "
                    + "QUFB".repeat(2_500)
                    + "\r\n\r\n"))
        .startsWith("HTTP/1.1 400");
    assertThat(
            exchange(
                "GET /local HTTP/1.1\r\n"
                    + base
                    + v13
                    + "Sec-WebSocket-Key: "
                    + KEY
                    + "\r\nSec-WebSocket-Key: "
                    + KEY
                    + "\r\n\r\n"))
        .startsWith("HTTP/1.1 400");
    assertThat(
            exchange(
                "POST /local HTTP/1.1\r\n"
                    + base
                    + v13
                    + "Sec-WebSocket-Key: "
                    + KEY
                    + "\r\nContent-Length: 0\r\n\r\n"))
        .startsWith("HTTP/1.1 405");
    assertThat(
            exchange(
                "GET /local HTTP/1.1\r\n"
                    + base
                    + "Sec-WebSocket-Version: 8\r\nSec-WebSocket-Key: "
                    + KEY
                    + "\r\n\r\n"))
        .startsWith("HTTP/1.1 426")
        .contains("Sec-WebSocket-Version: 13");
    assertThat(upgradesDecided).hasValue(0);
  }

  @Test
  void aRefusedUpgradeAnswersTheAcceptorsStatusAndBody() throws Exception {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(30_000);
      String head = handshake(socket, "/refused");
      assertThat(head).startsWith("HTTP/1.1 404").doesNotContain("Sec-WebSocket-Accept");
    }
  }

  @Test
  void aListenerThatThrowsClosesTheSocketWith1011AndIsToldOnce() throws Exception {
    try (Socket socket = openWebSocket()) {
      socket.getOutputStream().write(masked(0x1, "fail".getBytes(StandardCharsets.UTF_8)));
      assertThat(readCloseCode(socket.getInputStream())).isEqualTo(1011);
    }
    assertThat(closed.get(5, TimeUnit.SECONDS)).startsWith("1011");
  }

  @Test
  void aFrameCutInsideItsLengthEndsTheConnectionAndTellsTheListener() throws Exception {
    try (Socket socket = openWebSocket()) {
      socket.getOutputStream().write(new byte[] {(byte) 0x81, (byte) (0x80 | 127), 0, 0, 0});
      socket.shutdownOutput();
      socket.getInputStream().readAllBytes();
    }
    assertThat(closed.get(5, TimeUnit.SECONDS)).isNotEmpty();
  }

  @Test
  void reservedBitsAndInvalidCloseCodesAreProtocolErrorsNotEchoed() throws Exception {
    try (Socket socket = openWebSocket()) {
      byte[] frame = masked(0x1, "hi".getBytes(StandardCharsets.UTF_8));
      frame[0] |= 0x40; // RSV1 without a negotiated extension
      socket.getOutputStream().write(frame);
      assertThat(readCloseCode(socket.getInputStream())).isEqualTo(1002);
    }
    assertThat(closed.get(5, TimeUnit.SECONDS)).startsWith("1002");
    for (int code : new int[] {999, 1005, 1006, 1015, 5000}) {
      try (Socket socket = openWebSocket()) {
        socket.getOutputStream().write(masked(0x8, new byte[] {(byte) (code >> 8), (byte) code}));
        assertThat(readCloseCode(socket.getInputStream()))
            .as("answer to close " + code)
            .isEqualTo(1002);
      }
    }
  }

  @Test
  void framesAreUnmaskedBinaryIsHandedOnAndOversizeMessagesClosedWith1009() throws Exception {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      InputStream in = socket.getInputStream();
      String head = handshake(socket, "/local");
      assertThat(head)
          .startsWith("HTTP/1.1 101")
          .containsIgnoringCase("Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=")
          .containsIgnoringCase("Sec-WebSocket-Protocol: k1te.chat.v1");
      out.write(masked(0x1, "hi".getBytes(StandardCharsets.UTF_8)));
      assertThat(new String(in.readNBytes(2 + "echo hi".length()), StandardCharsets.UTF_8))
          .endsWith("echo hi");
      out.write(masked(0x2, new byte[] {0, 1, 2}));
      assertThat(new String(in.readNBytes(2 + "binary 3".length()), StandardCharsets.UTF_8))
          .endsWith("binary 3");
      // a frame of 192 KB: over API Gateway's 128 KB limit
      byte[] big =
          new byte[] {(byte) 0x82, (byte) (0x80 | 127), 0, 0, 0, 0, 0, 3, 0, 0, 1, 2, 3, 4};
      out.write(big);
      try {
        out.write(new byte[3 << 16]);
      } catch (java.io.IOException closedEarly) {
        // the server may close before the payload is in
      }
      assertThat(readCloseCode(in)).isEqualTo(1009);
    }
    assertThat(closed.get(5, TimeUnit.SECONDS)).isNotEmpty();
  }

  private Socket openWebSocket() throws Exception {
    Socket socket = new Socket("127.0.0.1", server.port());
    socket.setSoTimeout(30_000);
    assertThat(handshake(socket, "/local")).startsWith("HTTP/1.1 101");
    return socket;
  }

  private static String handshake(Socket socket, String path) throws Exception {
    socket
        .getOutputStream()
        .write(
            ("GET "
                    + path
                    + " HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Key: "
                    + KEY
                    + "\r\nSec-WebSocket-Version: 13\r\n"
                    + "Sec-WebSocket-Protocol: k1te.chat.v1\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
    return readHead(socket.getInputStream());
  }

  /** Reads one server frame, which must be a close frame, and returns its status code. */
  static int readCloseCode(InputStream in) throws Exception {
    int b0 = in.read();
    int len = in.read();
    byte[] payload = in.readNBytes(len);
    assertThat(b0 & 0x0F).as("opcode").isEqualTo(0x8);
    return ((payload[0] & 0xFF) << 8) | (payload[1] & 0xFF);
  }

  /** One final client frame (masked, as RFC 6455 requires of clients). */
  static byte[] masked(int opcode, byte[] data) {
    byte[] mask = {1, 2, 3, 4};
    ByteArrayOutputStream frame = new ByteArrayOutputStream();
    frame.write(0x80 | opcode);
    if (data.length < 126) {
      frame.write(0x80 | data.length);
    } else {
      frame.write(0x80 | 126);
      frame.write(data.length >> 8);
      frame.write(data.length & 0xFF);
    }
    frame.writeBytes(mask);
    for (int i = 0; i < data.length; i++) {
      frame.write(data[i] ^ mask[i % 4]);
    }
    return frame.toByteArray();
  }

  static String readHead(InputStream in) throws Exception {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        break;
      }
      head.write(b);
    }
    return head.toString(StandardCharsets.US_ASCII);
  }
}
