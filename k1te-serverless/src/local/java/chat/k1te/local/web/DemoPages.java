package chat.k1te.local.web;

import chat.k1te.local.http.HttpRequest;
import chat.k1te.local.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The demo page ({@code /?c=<channel>}) hosting the widget, and the widget script itself. The page
 * and script are also served, pointed at a deployed stage, by the e2e module's widget page server:
 * {@link #page(String)} and {@link #WIDGET_SCRIPT} are what it shares with this runtime.
 */
public final class DemoPages {
  private static final Pattern HOST =
      Pattern.compile("([A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+\\])(:[0-9]{1,5})?");

  /**
   * The widget script the demo page loads (as {@code /kite-chat.js}), under {@code kite-local/}.
   */
  public static final String WIDGET_SCRIPT = "web/kite-chat.js";

  private static final String PAGE_TEMPLATE = "web/index.html";
  private static final String WS_URL_PLACEHOLDER = "{{KITE_WS_URL}}";
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
    return HttpResponse.of(
            200,
            "text/html; charset=utf-8",
            page("ws://" + host + "/" + stage).getBytes(StandardCharsets.UTF_8))
        .withHeader("Cache-Control", "no-store");
  }

  /**
   * The demo page with the widget connecting to {@code wsUrl}, which lands in a script string: the
   * caller passes only a checked URL (a host name and port here, a validated ws/wss URL in the e2e
   * page server).
   */
  public static String page(String wsUrl) {
    return new String(StaticResources.read(PAGE_TEMPLATE).orElseThrow(), StandardCharsets.UTF_8)
        .replace(WS_URL_PLACEHOLDER, wsUrl);
  }
}
