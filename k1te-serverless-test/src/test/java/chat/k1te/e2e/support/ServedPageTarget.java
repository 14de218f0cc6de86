package chat.k1te.e2e.support;

import chat.k1te.e2e.config.BrowserSettings;
import chat.k1te.e2e.config.WidgetSource;
import chat.k1te.e2e.page.WidgetPages;
import chat.k1te.e2e.telegram.TelegramSide;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import java.net.URI;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * The local runtime with its widget page served the way the dev run serves it: the same {@link
 * WidgetSource.ServedPage} and {@link WidgetPages} code, pointed at the runtime's WebSocket URL.
 * Only the Telegram side differs from a dev run.
 */
final class ServedPageTarget implements KiteTarget, AutoCloseable {
  private final LocalKiteTarget local;
  private final WidgetPages pages;

  ServedPageTarget(LocalKiteTarget local) {
    this.local = local;
    this.pages = WidgetPages.open(new WidgetSource.ServedPage(local.wsUrl()));
  }

  @Override
  public BrowserSettings browser() {
    return local.browser();
  }

  @Override
  public URI widgetPage(String channel) {
    return pages.page(channel);
  }

  @Override
  public TelegramSide openTelegram(Browser browser, Consumer<BrowserContext> sensitiveContext) {
    return local.openTelegram(browser, sensitiveContext);
  }

  @Override
  public Duration patience() {
    return local.patience();
  }

  /** Stops the page server; the runtime belongs to the run's own target. */
  @Override
  public void close() {
    pages.close();
  }

  @Override
  public String toString() {
    return local + ", " + pages;
  }
}
