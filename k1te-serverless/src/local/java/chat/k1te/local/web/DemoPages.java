package chat.k1te.local.web;

import chat.k1te.local.http.HttpRequest;
import chat.k1te.local.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;

/** The demo page ({@code /?c=<channel>}) hosting the widget, and the widget script itself. */
public final class DemoPages {
  private static final Pattern HOST =
      Pattern.compile("([A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+\\])(:[0-9]{1,5})?");
  private final String stage;

  public DemoPages(String stage) {
    this.stage = stage;
  }

  public HttpResponse handle(HttpRequest request) {
    if (!request.method().equals("GET") && !request.method().equals("HEAD")) {
      return HttpResponse.text(405, "Method not allowed: " + request.method());
    }
    return switch (request.path()) {
      case "/", "/index.html" -> page(request);
      case "/favicon.ico" -> new HttpResponse(204, Map.of(), new byte[0]);
      default -> StaticResources.serve("web" + request.path());
    };
  }

  private HttpResponse page(HttpRequest request) {
    String host = request.header("Host").orElse("127.0.0.1");
    if (!HOST.matcher(host).matches()) {
      // it goes into a script on the page: never echo anything but a host name and port
      return HttpResponse.text(400, "invalid Host header: " + host);
    }
    String html =
        new String(StaticResources.read("web/index.html").orElseThrow(), StandardCharsets.UTF_8)
            .replace("{{KITE_WS_URL}}", "ws://" + host + "/" + stage);
    return HttpResponse.of(200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8))
        .withHeader("Cache-Control", "no-store");
  }
}
