package chat.k1te.local.http;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads HTTP/1.1 requests (Content-Length or chunked bodies) from a connection. */
final class HttpRequestReader {
  static final int MAX_HEADER_BYTES = 64 * 1024;
  static final int MAX_BODY_BYTES = 64 * 1024 * 1024;

  private final InputStream in;
  private final String remoteAddress;

  HttpRequestReader(InputStream in, String remoteAddress) {
    this.in = in;
    this.remoteAddress = remoteAddress;
  }

  /** The next request, or empty when the client closed the connection between requests. */
  Optional<HttpRequest> next() throws IOException {
    String requestLine = readLine(true);
    if (requestLine == null) {
      return Optional.empty();
    }
    String[] parts = requestLine.split(" ");
    if (parts.length != 3 || !parts[2].startsWith("HTTP/1.")) {
      throw new BadRequest("malformed request line: " + requestLine);
    }
    List<Header> headers = new ArrayList<>();
    int headerBytes = 0;
    for (String line = readLine(false); !line.isEmpty(); line = readLine(false)) {
      headerBytes += line.length();
      if (headerBytes > MAX_HEADER_BYTES) {
        throw new BadRequest("request headers larger than " + MAX_HEADER_BYTES + " bytes");
      }
      int colon = line.indexOf(':');
      if (colon <= 0) {
        throw new BadRequest("malformed header line: " + line);
      }
      headers.add(new Header(line.substring(0, colon).trim(), line.substring(colon + 1).trim()));
    }
    String target = parts[1];
    if (!isPercentEncoded(target)) {
      // checked here once, so no handler trips over it when decoding the path or query
      throw new BadRequest("malformed percent-encoding in request target: " + target);
    }
    int q = target.indexOf('?');
    String path = q < 0 ? target : target.substring(0, q);
    String query = q < 0 ? "" : target.substring(q + 1);
    HttpRequest head = new HttpRequest(parts[0], path, query, parts[2], headers, new byte[0], "");
    return Optional.of(
        new HttpRequest(parts[0], path, query, parts[2], headers, readBody(head), remoteAddress));
  }

  /** Every {@code %} starts an escape of two hex digits (RFC 3986). */
  private static boolean isPercentEncoded(String target) {
    for (int i = target.indexOf('%'); i >= 0; i = target.indexOf('%', i + 3)) {
      if (i + 2 >= target.length()
          || Character.digit(target.charAt(i + 1), 16) < 0
          || Character.digit(target.charAt(i + 2), 16) < 0) {
        return false;
      }
    }
    return true;
  }

  private byte[] readBody(HttpRequest head) throws IOException {
    Optional<String> transferEncoding = head.header("Transfer-Encoding");
    if (transferEncoding.isPresent()) {
      if (!transferEncoding.get().equalsIgnoreCase("chunked")) {
        throw new BadRequest("unsupported Transfer-Encoding: " + transferEncoding.get());
      }
      return readChunked();
    }
    Optional<String> length = head.header("Content-Length");
    if (length.isEmpty()) {
      return new byte[0];
    }
    long n;
    try {
      n = Long.parseLong(length.get());
    } catch (NumberFormatException e) {
      throw new BadRequest("malformed Content-Length: " + length.get());
    }
    if (n < 0 || n > MAX_BODY_BYTES) {
      throw new BadRequest("request body of " + n + " bytes exceeds " + MAX_BODY_BYTES);
    }
    return readExactly((int) n);
  }

  /** Exactly {@code n} bytes; a body cut short by the client is not handed on as if complete. */
  private byte[] readExactly(int n) throws IOException {
    byte[] bytes = in.readNBytes(n);
    if (bytes.length < n) {
      throw new EOFException("connection closed in the middle of a request body");
    }
    return bytes;
  }

  private byte[] readChunked() throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    while (true) {
      String sizeLine = readLine(false);
      int semicolon = sizeLine.indexOf(';');
      int size;
      try {
        size =
            Integer.parseInt(
                (semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim(), 16);
      } catch (NumberFormatException e) {
        size = -1;
      }
      if (size < 0) {
        throw new BadRequest("malformed chunk size: " + sizeLine);
      }
      if (size == 0) {
        while (!readLine(false).isEmpty()) {
          // trailers are ignored
        }
        return body.toByteArray();
      }
      if (size > MAX_BODY_BYTES - body.size()) {
        throw new BadRequest("chunked request body exceeds " + MAX_BODY_BYTES + " bytes");
      }
      body.write(readExactly(size));
      if (!readLine(false).isEmpty()) {
        throw new BadRequest("chunk of " + size + " bytes not followed by CRLF");
      }
    }
  }

  /** A CRLF-terminated line; null at end of stream only when {@code eofAllowed}. */
  private String readLine(boolean eofAllowed) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int c;
    while ((c = in.read()) != -1) {
      if (c == '\n') {
        byte[] bytes = line.toByteArray();
        int len =
            bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        return new String(bytes, 0, len, StandardCharsets.UTF_8);
      }
      line.write(c);
      if (line.size() > MAX_HEADER_BYTES) {
        throw new BadRequest("header line longer than " + MAX_HEADER_BYTES + " bytes");
      }
    }
    if (eofAllowed && line.size() == 0) {
      return null;
    }
    throw new EOFException("connection closed in the middle of a request");
  }

  /** A request that cannot be parsed; answered with 400 and the message. */
  static final class BadRequest extends IOException {
    BadRequest(String message) {
      super(message);
    }
  }
}
