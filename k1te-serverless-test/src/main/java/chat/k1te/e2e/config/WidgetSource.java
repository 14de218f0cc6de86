package chat.k1te.e2e.config;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where the dev run's visitors find the {@code <kite-chat>} widget: a page someone hosts, or the
 * local runtime's demo page, which the suites serve themselves on 127.0.0.1 pointed at the stage.
 */
public sealed interface WidgetSource {

  String WIDGET_URL_PROPERTY = "e2e.widget.url";
  String WIDGET_URL_VARIABLE = "KITE_E2E_WIDGET_URL";
  String WS_URL_PROPERTY = "e2e.ws.url";
  String WS_URL_VARIABLE = "KITE_E2E_WS_URL";

  /**
   * A hand-hosted page that embeds the widget wired to the stage and reads the channel from its
   * {@code c} query parameter.
   */
  record HostedPage(URI url) implements WidgetSource {
    public HostedPage {
      if (!url.isAbsolute()) {
        throw new IllegalArgumentException(
            WIDGET_URL_PROPERTY + " must be an absolute URL, got '" + url + "'");
      }
    }
  }

  /**
   * The suites serve the widget page themselves, its widget connecting to {@code wsUrl} (the
   * stage's {@code ws_url} output). The URL is written into a script on the page, so only a plain
   * ws/wss URL passes: host, optional port, path segments of unreserved characters.
   */
  record ServedPage(URI wsUrl) implements WidgetSource {
    private static final Pattern PLAIN_WS_URL =
        Pattern.compile("wss?://[A-Za-z0-9.-]+(:[0-9]{1,5})?(/[A-Za-z0-9._~-]+)*/?");

    public ServedPage {
      requirePlain(wsUrl.toString());
    }

    /** Checks the text before parsing it, so a malformed value is named like any other. */
    public static ServedPage parse(String wsUrl) {
      return new ServedPage(URI.create(requirePlain(wsUrl)));
    }

    private static String requirePlain(String wsUrl) {
      if (!PLAIN_WS_URL.matcher(wsUrl).matches()) {
        throw new IllegalArgumentException(
            WS_URL_PROPERTY
                + " ("
                + WS_URL_VARIABLE
                + ") must be a ws:// or wss:// URL of a host name, optional port and path, with no"
                + " user, query or fragment (the stage's ws_url output), got '"
                + wsUrl
                + "'");
      }
      return wsUrl;
    }
  }

  /** A hosted page when {@code KITE_E2E_WIDGET_URL} is set, else the served page. */
  static WidgetSource fromEnvironment() {
    Optional<String> hosted = Setting.of(WIDGET_URL_PROPERTY, WIDGET_URL_VARIABLE);
    if (hosted.isPresent()) {
      return new HostedPage(URI.create(hosted.get()));
    }
    return ServedPage.parse(
        Setting.of(WS_URL_PROPERTY, WS_URL_VARIABLE)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "Missing the dev stage's widget: set "
                            + WS_URL_VARIABLE
                            + " (-D"
                            + WS_URL_PROPERTY
                            + ", the stage's ws_url output) and the suites serve the widget"
                            + " page themselves, or "
                            + WIDGET_URL_VARIABLE
                            + " (-D"
                            + WIDGET_URL_PROPERTY
                            + ") for a page you host")));
  }
}
