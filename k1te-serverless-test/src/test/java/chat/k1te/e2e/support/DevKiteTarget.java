package chat.k1te.e2e.support;

import chat.k1te.e2e.config.BrowserSettings;
import chat.k1te.e2e.config.DevSettings;
import chat.k1te.e2e.config.E2eTarget;
import chat.k1te.e2e.page.WidgetPages;
import chat.k1te.e2e.telegram.TelegramSide;
import chat.k1te.e2e.telegram.web.TelegramWeb;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import java.net.URI;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * The deployed dev stage: its widget (a hosted page, or the page served here for the stage's
 * WebSocket URL) and real Telegram through Telegram Web.
 */
public final class DevKiteTarget implements KiteTarget, AutoCloseable {
  private final DevSettings settings;
  private final BrowserSettings browser;
  private final WidgetPages pages;

  public DevKiteTarget(DevSettings settings) {
    this.settings = settings;
    this.browser = BrowserSettings.forTarget(E2eTarget.DEV);
    this.pages = WidgetPages.open(settings.widget());
  }

  public DevSettings settings() {
    return settings;
  }

  @Override
  public BrowserSettings browser() {
    return browser;
  }

  @Override
  public URI widgetPage(String channel) {
    return pages.page(channel);
  }

  @Override
  public TelegramSide openTelegram(Browser browser, Consumer<BrowserContext> sensitiveContext) {
    BrowserContext context = browser.newContext(TelegramWeb.contextOptions(settings));
    sensitiveContext.accept(context);
    return new TelegramWeb(settings, context);
  }

  @Override
  public Duration patience() {
    return Duration.ofSeconds(30);
  }

  @Override
  public void close() {
    pages.close();
  }

  @Override
  public String toString() {
    return "dev stage, " + pages + ", bot @" + settings.botName();
  }
}
