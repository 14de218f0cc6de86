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
    int q = target.indexOf('?');
    String path = q < 0 ? target : target.substring(0, q);
    String query = q < 0 ? "" : target.substring(q + 1);
    HttpRequest head = new HttpRequest(parts[0], path, query, parts[2], headers, new byte[0], "");
    return Optional.of(
        new HttpRequest(
            parts[0], path, query, parts[2], headers, readBody(head), remoteAddress));
  }

  private byte[] readBody(HttpRequest head) throws IOException {
    if (head.header("Transfer-Encoding").map(v -> v.equalsIgnoreCase("chunked")).orElse(false)) {
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
    return in.readNBytes((int) n);
  }

  private byte[] readChunked() throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    while (true) {
      String sizeLine = readLine(false);
      int semicolon = sizeLine.indexOf(';');
      int size;
      try {
        size = Integer.parseInt((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim(), 16);
      } catch (NumberFormatException e) {
        throw new BadRequest("malformed chunk size: " + sizeLine);
      }
      if (size == 0) {
        while (!readLine(false).isEmpty()) {
          // trailers are ignored
        }
        return body.toByteArray();
      }
      if (body.size() + size > MAX_BODY_BYTES) {
        throw new BadRequest("chunked request body exceeds " + MAX_BODY_BYTES + " bytes");
      }
      body.write(in.readNBytes(size));
      readLine(false);
    }
  }

  /** A CRLF-terminated line; null at end of stream only when {@code eofAllowed}. */
  private String readLine(boolean eofAllowed) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int c;
    while ((c = in.read()) != -1) {
      if (c == '\n') {
        byte[] bytes = line.toByteArray();
        int len = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
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
