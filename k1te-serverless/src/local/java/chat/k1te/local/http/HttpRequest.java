package chat.k1te.local.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed HTTP/1.1 request.
 *
 * @param path the raw (still percent-encoded) path
 * @param rawQuery the raw query string without {@code ?}, empty when none
 */
public record HttpRequest(
    String method,
    String path,
    String rawQuery,
    String protocol,
    List<Header> headers,
    byte[] body,
    String remoteAddress) {

  public HttpRequest {
    headers = List.copyOf(headers);
  }

  /** The first header of that name, case-insensitive. */
  public Optional<String> header(String name) {
    return headers.stream()
        .filter(h -> h.name().equalsIgnoreCase(name))
        .map(Header::value)
        .findFirst();
  }

  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** Query parameters in order, decoded, every value of repeated names kept. */
  public Map<String, List<String>> queryParameters() {
    return parseForm(rawQuery);
  }

  /** Decodes {@code a=1&b=2} (query strings and urlencoded forms). */
  public static Map<String, List<String>> parseForm(String form) {
    Map<String, List<String>> result = new LinkedHashMap<>();
    if (form == null || form.isEmpty()) {
      return result;
    }
    for (String pair : form.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      result.computeIfAbsent(name, k -> new java.util.ArrayList<>()).add(value);
    }
    return result;
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  /** Decodes percent escapes of a path segment ({@code +} stays a plus, unlike in forms). */
  public static String decodePathSegment(String segment) {
    return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
  }
}
