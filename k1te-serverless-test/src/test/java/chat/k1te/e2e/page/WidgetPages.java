package chat.k1te.e2e.page;

import chat.k1te.e2e.config.WidgetSource;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The page that shows the widget for a channel: a hosted one, or one this JVM serves. */
public interface WidgetPages extends AutoCloseable {

  /** The page's URL for {@code channel} (query parameter {@code c}). */
  URI page(String channel);

  /** Stops a page server this JVM started; nothing for a hosted page. */
  @Override
  void close();

  /** Opens the pages of {@code source}: a served page starts its server here. */
  static WidgetPages open(WidgetSource source) {
    if (source instanceof WidgetSource.HostedPage hosted) {
      return new Hosted(hosted.url());
    }
    return WidgetPageServer.start((WidgetSource.ServedPage) source);
  }

  /** A page someone hosts; the channel is appended to its own query. */
  record Hosted(URI url) implements WidgetPages {
    @Override
    public URI page(String channel) {
      String page = url.toString();
      return URI.create(
          page
              + (page.contains("?") ? "&" : "?")
              + "c="
              + URLEncoder.encode(channel, StandardCharsets.UTF_8));
    }

    @Override
    public void close() {}

    @Override
    public String toString() {
      return "widget page " + url;
    }
  }
}
