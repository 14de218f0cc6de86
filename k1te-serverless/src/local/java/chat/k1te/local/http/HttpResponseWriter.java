package chat.k1te.local.http;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/** Writes responses and the WebSocket {@code 101 Switching Protocols}. */
final class HttpResponseWriter {
  private static final String WEBSOCKET_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

  private HttpResponseWriter() {}

  static void write(OutputStream out, HttpResponse response, boolean keepAlive) throws IOException {
    write(out, response, keepAlive, false);
  }

  static void write(OutputStream out, HttpResponse response, boolean keepAlive, boolean headOnly)
      throws IOException {
    StringBuilder head = new StringBuilder();
    head.append("HTTP/1.1 ")
        .append(response.status())
        .append(' ')
        .append(reason(response.status()))
        .append("\r\n");
    for (Map.Entry<String, String> h : response.headers().entrySet()) {
      if (!h.getKey().equalsIgnoreCase("Content-Length")) {
        head.append(oneLine(h.getKey())).append(": ").append(oneLine(h.getValue())).append("\r\n");
      }
    }
    head.append("Content-Length: ").append(response.body().length).append("\r\n");
    head.append("Connection: ").append(keepAlive ? "keep-alive" : "close").append("\r\n\r\n");
    out.write(head.toString().getBytes(StandardCharsets.UTF_8));
    if (!headOnly) {
      out.write(response.body());
    }
    out.flush();
  }

  /** A header never ends early: CR or LF in it (e.g. from a file name) would split the response. */
  private static String oneLine(String text) {
    return text.replace('\r', ' ').replace('\n', ' ');
  }

  static void writeSwitchingProtocols(OutputStream out, String key, Optional<String> subprotocol)
      throws IOException {
    StringBuilder head =
        new StringBuilder("HTTP/1.1 101 Switching Protocols\r\n")
            .append("Upgrade: websocket\r\nConnection: Upgrade\r\n")
            .append("Sec-WebSocket-Accept: ")
            .append(acceptKey(key))
            .append("\r\n");
    subprotocol.ifPresent(p -> head.append("Sec-WebSocket-Protocol: ").append(p).append("\r\n"));
    head.append("\r\n");
    out.write(head.toString().getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  static String acceptKey(String key) {
    try {
      byte[] sha1 =
          MessageDigest.getInstance("SHA-1")
              .digest((key + WEBSOCKET_GUID).getBytes(StandardCharsets.US_ASCII));
      return Base64.getEncoder().encodeToString(sha1);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String reason(int status) {
    return switch (status) {
      case 200 -> "OK";
      case 201 -> "Created";
      case 204 -> "No Content";
      case 301 -> "Moved Permanently";
      case 302 -> "Found";
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      case 409 -> "Conflict";
      case 410 -> "Gone";
      case 413 -> "Payload Too Large";
      case 500 -> "Internal Server Error";
      case 502 -> "Bad Gateway";
      case 503 -> "Service Unavailable";
      default -> "Status " + status;
    };
  }
}
