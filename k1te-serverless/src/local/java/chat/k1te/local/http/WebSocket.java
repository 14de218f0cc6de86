package chat.k1te.local.http;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/** The server side of one RFC 6455 connection (text messages, ping/pong, close). */
public final class WebSocket {
  /** Like API Gateway: messages up to 128 KB. */
  public static final int MAX_MESSAGE_BYTES = 128 * 1024;

  static final int CLOSE_GRACE_SECONDS = 3;

  private static final int TEXT = 0x1;
  private static final int BINARY = 0x2;
  private static final int CONTINUATION = 0x0;
  private static final int CLOSE = 0x8;
  private static final int PING = 0x9;
  private static final int PONG = 0xA;

  private final Socket socket;
  private final InputStream in;
  private final OutputStream out;
  private final WebSocketListener listener;
  private final AtomicBoolean closed = new AtomicBoolean();
  private volatile boolean closeSent;

  WebSocket(Socket socket, InputStream in, OutputStream out, WebSocketListener listener) {
    this.socket = socket;
    this.in = in;
    this.out = out;
    this.listener = listener;
  }

  public boolean isOpen() {
    return !closed.get() && !closeSent;
  }

  /** Sends one text message; false when the socket is no longer open. */
  public boolean sendText(String text) {
    if (!isOpen()) {
      return false;
    }
    try {
      writeFrame(TEXT, text.getBytes(StandardCharsets.UTF_8));
      return true;
    } catch (IOException e) {
      terminate(1006, "write failed: " + e.getMessage());
      return false;
    }
  }

  /** Starts the closing handshake; the peer's answer (or a broken socket) ends the connection. */
  public void close(int code, String reason) {
    if (!isOpen()) {
      return;
    }
    byte[] reasonBytes = reason.getBytes(StandardCharsets.UTF_8);
    ByteBuffer payload = ByteBuffer.allocate(2 + reasonBytes.length);
    payload.putShort((short) code).put(reasonBytes);
    try {
      writeFrame(CLOSE, payload.array());
      closeSent = true;
      // a peer that never answers the close frame is dropped after a grace period
      CompletableFuture.delayedExecutor(CLOSE_GRACE_SECONDS, TimeUnit.SECONDS)
          .execute(() -> terminate(1006, "no close frame from the peer"));
    } catch (IOException e) {
      terminate(1006, "close failed");
    }
  }

  /**
   * Reads messages until the connection ends; runs on the connection's thread. The listener hears
   * {@code onClose} exactly once however it ends: a listener that throws gets the connection closed
   * with 1011, a peer that breaks the protocol with the matching close code.
   */
  void run() {
    try {
      listener.onOpen(this);
      readMessages();
    } catch (ProtocolViolation e) {
      protocolError(e.code, e.getMessage());
    } catch (IOException e) {
      terminate(1006, "");
    } catch (RuntimeException e) {
      e.printStackTrace();
      protocolError(1011, "Internal error");
    } finally {
      terminate(1006, "");
    }
  }

  private void readMessages() throws IOException {
    ByteArrayOutputStream message = new ByteArrayOutputStream();
    int messageType = -1;
    while (!closed.get()) {
      Frame frame = readFrame();
      switch (frame.opcode) {
        case PING -> writeFrame(PONG, frame.payload);
        case PONG -> {}
        case CLOSE -> {
          if (frame.payload.length == 1) {
            throw new ProtocolViolation(1002, "close frame with a 1-byte payload");
          }
          int code =
              frame.payload.length >= 2 ? ByteBuffer.wrap(frame.payload).getShort() & 0xFFFF : 1005;
          String reason =
              frame.payload.length > 2
                  ? new String(frame.payload, 2, frame.payload.length - 2, StandardCharsets.UTF_8)
                  : "";
          if (!closeSent) {
            writeFrame(
                CLOSE,
                frame.payload.length >= 2
                    ? ByteBuffer.allocate(2).putShort((short) code).array()
                    : new byte[0]);
          }
          terminate(code, reason);
        }
        case TEXT, BINARY, CONTINUATION -> {
          if (frame.opcode != CONTINUATION) {
            if (messageType != -1) {
              throw new ProtocolViolation(1002, "new message before the previous one ended");
            }
            messageType = frame.opcode;
            message.reset();
          } else if (messageType == -1) {
            throw new ProtocolViolation(1002, "continuation frame without a message");
          }
          if (message.size() + frame.payload.length > MAX_MESSAGE_BYTES) {
            throw new ProtocolViolation(1009, "Message too big");
          }
          message.write(frame.payload);
          if (frame.fin) {
            if (messageType == BINARY) {
              throw new ProtocolViolation(1003, "binary messages are not supported");
            }
            String text = decodeUtf8(message.toByteArray());
            if (text == null) {
              throw new ProtocolViolation(1007, "invalid UTF-8 in a text message");
            }
            messageType = -1;
            listener.onText(this, text);
          }
        }
        default -> throw new ProtocolViolation(1002, "unknown opcode " + frame.opcode);
      }
    }
  }

  private void protocolError(int code, String reason) {
    close(code, reason);
    terminate(code, reason);
  }

  private void terminate(int code, String reason) {
    if (closed.compareAndSet(false, true)) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // already gone
      }
      listener.onClose(this, code, reason);
    }
  }

  private static String decodeUtf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private record Frame(boolean fin, int opcode, byte[] payload) {}

  /** A frame that breaks RFC 6455; the connection is failed with {@code code}. */
  private static final class ProtocolViolation extends IOException {
    private final int code;

    ProtocolViolation(int code, String reason) {
      super(reason);
      this.code = code;
    }
  }

  private Frame readFrame() throws IOException {
    int b0 = readByte();
    int b1 = readByte();
    boolean fin = (b0 & 0x80) != 0;
    int opcode = b0 & 0x0F;
    if ((b0 & 0x70) != 0) {
      throw new ProtocolViolation(1002, "reserved bits set without an extension");
    }
    if ((b1 & 0x80) == 0) {
      throw new ProtocolViolation(1002, "client frames must be masked");
    }
    long length = b1 & 0x7F;
    if (length == 126) {
      length = (readByte() << 8) | readByte();
    } else if (length == 127) {
      length = ByteBuffer.wrap(readExactly(8)).getLong();
    }
    if (length < 0 || length > MAX_MESSAGE_BYTES) {
      close(1009, "Message too big");
      throw new IOException("frame too big");
    }
    if (opcode >= CLOSE && (!fin || length > 125)) {
      throw new ProtocolViolation(1002, "control frames must be final and at most 125 bytes");
    }
    byte[] mask = readExactly(4);
    byte[] payload = readExactly((int) length);
    for (int i = 0; i < payload.length; i++) {
      payload[i] ^= mask[i & 3];
    }
    return new Frame(fin, opcode, payload);
  }

  private byte[] readExactly(int n) throws IOException {
    byte[] bytes = in.readNBytes(n);
    if (bytes.length < n) {
      throw new EOFException();
    }
    return bytes;
  }

  private int readByte() throws IOException {
    int b = in.read();
    if (b < 0) {
      throw new EOFException();
    }
    return b;
  }

  private synchronized void writeFrame(int opcode, byte[] payload) throws IOException {
    ByteArrayOutputStream frame = new ByteArrayOutputStream(payload.length + 10);
    frame.write(0x80 | opcode);
    if (payload.length < 126) {
      frame.write(payload.length);
    } else if (payload.length <= 0xFFFF) {
      frame.write(126);
      frame.write(payload.length >>> 8);
      frame.write(payload.length & 0xFF);
    } else {
      frame.write(127);
      frame.write(ByteBuffer.allocate(8).putLong(payload.length).array());
    }
    frame.write(payload);
    out.write(frame.toByteArray());
    out.flush();
  }
}
