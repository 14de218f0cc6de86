package chat.k1te.local;

import static org.assertj.core.api.Assertions.assertThat;

import chat.k1te.local.http.Handshake;
import chat.k1te.local.http.HttpResponse;
import chat.k1te.local.http.LoopbackHttpServer;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The one-port HTTP + WebSocket server on its own, with raw sockets for malformed input. */
class LoopbackHttpServerTest {
  private LoopbackHttpServer server;
  private final CompletableFuture<String> closed = new CompletableFuture<>();

  @BeforeEach
  void start() throws Exception {
    server =
        LoopbackHttpServer.start(
            0,
            request ->
                HttpResponse.text(
                        200, request.method() + " " + request.path() + " " + request.bodyText())
                    .withHeader("X-Body", request.bodyText()),
            request ->
                new Handshake.Accepted(
                    Optional.of("k1te.chat.v1"),
                    new WebSocketListener() {
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
                      public void onClose(WebSocket socket, int code, String reason) {
                        closed.complete(code + " " + reason);
                      }
                    }));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private String exchange(String request) throws Exception {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
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
  void malformedRequestsGet400NamingTheProblem() throws Exception {
    assertThat(exchange("NONSENSE\r\n\r\n"))
        .startsWith("HTTP/1.1 400")
        .contains("malformed request line: NONSENSE");
    assertThat(exchange("POST / HTTP/1.1\r\nContent-Length: abc\r\n\r\n"))
        .contains("malformed Content-Length: abc");
    assertThat(exchange("GET /local?c=%ZZ&m=1 HTTP/1.1\r\n\r\n"))
        .startsWith("HTTP/1.1 400")
        .contains("malformed percent-encoding in request target: /local?c=%ZZ&m=1");
    assertThat(exchange("GET / HTTP/1.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n"))
        .startsWith("HTTP/1.1 400")
        .contains("Sec-WebSocket-Key");
  }

  @Test
  void badChunkSizesTruncatedBodiesAndUnknownEncodingsAreNotHandedOn() throws Exception {
    assertThat(exchange("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n-5\r\nhello\r\n"))
        .startsWith("HTTP/1.1 400")
        .contains("malformed chunk size: -5");
    // a second chunk whose size would overflow the running total
    assertThat(
            exchange(
                "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n1\r\na\r\n7fffffff\r\nb"))
        .startsWith("HTTP/1.1 400")
        .contains("chunked request body exceeds");
    assertThat(exchange("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nab\r\n"))
        .startsWith("HTTP/1.1 400")
        .contains("not followed by CRLF");
    assertThat(exchange("POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n"))
        .startsWith("HTTP/1.1 400")
        .contains("unsupported Transfer-Encoding: gzip");
    // the client announces 10 bytes and leaves after 3: nothing reaches the handler
    assertThat(exchange("POST / HTTP/1.1\r\nContent-Length: 10\r\n\r\nabc")).isEmpty();
  }

  @Test
  void lineBreaksInAHeaderValueCannotAddHeaders() throws Exception {
    String body = "a\r\nX-Injected: 1";
    String answer =
        exchange(
            "POST / HTTP/1.1\r\nConnection: close\r\nContent-Length: "
                + body.length()
                + "\r\n\r\n"
                + body);
    assertThat(answer).startsWith("HTTP/1.1 200").contains("\r\nX-Body: a  X-Injected: 1\r\n");
    assertThat(answer.split("\r\n\r\n")[0]).doesNotContain("\r\nX-Injected");
  }

  @Test
  void aClientThatStallsInTheMiddleOfARequestIsDropped() throws Exception {
    try (LoopbackHttpServer quick =
            LoopbackHttpServer.start(
                0,
                Duration.ofMillis(200),
                request -> HttpResponse.text(200, "never"),
                request -> new Handshake.Refused(HttpResponse.text(400, "no")));
        Socket socket = new Socket("127.0.0.1", quick.port())) {
      socket.setSoTimeout(30_000);
      socket
          .getOutputStream()
          .write("GET / HTTP/1.1\r\nHost: x".getBytes(StandardCharsets.US_ASCII));
      assertThat(socket.getInputStream().read()).isEqualTo(-1);
    }
  }

  @Test
  void aListenerThatThrowsClosesTheSocketWith1011AndIsToldOnce() throws Exception {
    try (Socket socket = openWebSocket()) {
      socket.getOutputStream().write(maskedText("fail"));
      assertThat(readCloseCode(socket.getInputStream())).isEqualTo(1011);
    }
    assertThat(closed.get(5, TimeUnit.SECONDS)).isEqualTo("1011 Internal error");
  }

  @Test
  void aFrameCutInsideItsLengthEndsTheConnectionAndTellsTheListener() throws Exception {
    try (Socket socket = openWebSocket()) {
      socket.getOutputStream().write(new byte[] {(byte) 0x81, (byte) (0x80 | 127), 0, 0, 0});
      socket.shutdownOutput();
      assertThat(socket.getInputStream().readAllBytes()).isEmpty();
    }
    assertThat(closed.get(5, TimeUnit.SECONDS)).startsWith("1006");
  }

  @Test
  void reservedBitsAndOversizeControlFramesAreProtocolErrors() throws Exception {
    try (Socket socket = openWebSocket()) {
      byte[] frame = maskedText("hi");
      frame[0] |= 0x40; // RSV1 without a negotiated extension
      socket.getOutputStream().write(frame);
      assertThat(readCloseCode(socket.getInputStream())).isEqualTo(1002);
    }
    assertThat(closed.get(5, TimeUnit.SECONDS)).startsWith("1002 reserved bits");
  }

  @Test
  void webSocketFramesAreUnmaskedAndOversizeMessagesClosedWith1009() throws Exception {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      OutputStream out = socket.getOutputStream();
      InputStream in = socket.getInputStream();
      String head = handshake(socket);
      assertThat(head)
          .startsWith("HTTP/1.1 101")
          .contains("Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=")
          .contains("Sec-WebSocket-Protocol: k1te.chat.v1");
      out.write(maskedText("hi"));
      assertThat(new String(in.readNBytes(2 + "echo hi".length()), StandardCharsets.UTF_8))
          .endsWith("echo hi");
      byte[] big = new byte[] {(byte) 0x81, (byte) (0x80 | 127), 0, 0, 0, 0, 0, 3, 0, 0};
      out.write(big);
      assertThat(readCloseCode(in)).isEqualTo(1009);
    }
    assertThat(closed.get(5, TimeUnit.SECONDS)).startsWith("1006");
  }

  private Socket openWebSocket() throws Exception {
    Socket socket = new Socket("127.0.0.1", server.port());
    socket.setSoTimeout(30_000);
    assertThat(handshake(socket)).startsWith("HTTP/1.1 101");
    return socket;
  }

  private static String handshake(Socket socket) throws Exception {
    socket
        .getOutputStream()
        .write(
            ("GET /local HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
                    + "Sec-WebSocket-Protocol: k1te.chat.v1\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
    return readHead(socket.getInputStream());
  }

  /** Reads one server frame, which must be a close frame, and returns its status code. */
  private static int readCloseCode(InputStream in) throws Exception {
    int b0 = in.read();
    int len = in.read();
    byte[] payload = in.readNBytes(len);
    assertThat(b0 & 0x0F).as("opcode").isEqualTo(0x8);
    return ((payload[0] & 0xFF) << 8) | (payload[1] & 0xFF);
  }

  private static byte[] maskedText(String text) {
    byte[] data = text.getBytes(StandardCharsets.UTF_8);
    byte[] mask = {1, 2, 3, 4};
    ByteArrayOutputStream frame = new ByteArrayOutputStream();
    frame.write(0x81);
    frame.write(0x80 | data.length);
    frame.writeBytes(mask);
    for (int i = 0; i < data.length; i++) {
      frame.write(data[i] ^ mask[i % 4]);
    }
    return frame.toByteArray();
  }

  private static String readHead(InputStream in) throws Exception {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
      head.write(in.read());
    }
    return head.toString(StandardCharsets.US_ASCII);
  }
}
