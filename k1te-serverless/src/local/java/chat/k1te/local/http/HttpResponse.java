package chat.k1te.local.http;

import chat.k1te.local.Json;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** An HTTP response; {@code Content-Length} is added when written. */
public record HttpResponse(int status, Map<String, String> headers, byte[] body) {

  public HttpResponse {
    headers = Map.copyOf(new LinkedHashMap<>(headers));
  }

  public static HttpResponse of(int status, String contentType, byte[] body) {
    return new HttpResponse(status, Map.of("Content-Type", contentType), body);
  }

  public static HttpResponse text(int status, String text) {
    return of(status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
  }

  public static HttpResponse json(int status, Object value) {
    return of(status, "application/json", Json.write(value).getBytes(StandardCharsets.UTF_8));
  }

  public static HttpResponse notFound(String what) {
    return text(404, "Not found: " + what);
  }

  public HttpResponse withHeader(String name, String value) {
    Map<String, String> copy = new LinkedHashMap<>(headers);
    copy.put(name, value);
    return new HttpResponse(status, copy, body);
  }
}
