package chat.k1te.local.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A {@code multipart/form-data} body split into its parts. */
public final class Multipart {
  private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
  private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]*)\"");
  private static final Pattern FILENAME = Pattern.compile("\\bfilename=\"([^\"]*)\"");

  /** One part: a form field or, when it has a file name, a file. */
  public record Part(
      String name, Optional<String> fileName, Optional<String> contentType, byte[] content) {
    public String text() {
      return new String(content, StandardCharsets.UTF_8);
    }
  }

  private Multipart() {}

  public static boolean isMultipart(HttpRequest request) {
    return request
        .header("Content-Type")
        .map(t -> t.toLowerCase().startsWith("multipart/form-data"))
        .orElse(false);
  }

  public static List<Part> parse(HttpRequest request) {
    String type = request.header("Content-Type").orElse("");
    Matcher m = BOUNDARY.matcher(type);
    if (!m.find()) {
      throw new IllegalArgumentException("multipart/form-data without a boundary");
    }
    byte[] delimiter = ("--" + m.group(1)).getBytes(StandardCharsets.ISO_8859_1);
    byte[] body = request.body();
    List<Part> parts = new ArrayList<>();
    int pos = indexOf(body, delimiter, 0);
    if (pos < 0) {
      throw new IllegalArgumentException("multipart body without its boundary");
    }
    while (true) {
      int start = pos + delimiter.length;
      if (start + 1 < body.length && body[start] == '-' && body[start + 1] == '-') {
        return parts;
      }
      start += 2; // CRLF after the delimiter
      int headerEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), start);
      int next = indexOf(body, delimiter, start);
      if (headerEnd < 0 || next < 0) {
        throw new IllegalArgumentException("truncated multipart body");
      }
      String headers = new String(body, start, headerEnd - start, StandardCharsets.UTF_8);
      byte[] content = Arrays.copyOfRange(body, headerEnd + 4, next - 2);
      parts.add(part(headers, content));
      pos = next;
    }
  }

  private static Part part(String headers, byte[] content) {
    String disposition = "";
    Optional<String> contentType = Optional.empty();
    for (String line : headers.split("\r\n")) {
      String lower = line.toLowerCase();
      if (lower.startsWith("content-disposition:")) {
        disposition = line;
      } else if (lower.startsWith("content-type:")) {
        contentType = Optional.of(line.substring(line.indexOf(':') + 1).trim());
      }
    }
    Matcher name = NAME.matcher(disposition);
    Matcher file = FILENAME.matcher(disposition);
    return new Part(
        name.find() ? name.group(1) : "",
        file.find() ? Optional.of(file.group(1)) : Optional.empty(),
        contentType,
        content);
  }

  private static int indexOf(byte[] data, byte[] pattern, int from) {
    outer:
    for (int i = from; i <= data.length - pattern.length; i++) {
      for (int j = 0; j < pattern.length; j++) {
        if (data[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
