package chat.k1te.e2e.support;

import chat.k1te.e2e.config.BrowserSettings;
import chat.k1te.e2e.telegram.TelegramSide;
import com.microsoft.playwright.Browser;
import java.net.URI;
import java.time.Duration;
import java.util.function.Consumer;

/** What the suites run against: the local runtime or the deployed dev stage. */
public interface KiteTarget {

  BrowserSettings browser();

  /** The page that shows the widget for {@code channel}. */
  URI widgetPage(String channel);

  /**
   * Opens the Telegram side for one test; {@code sensitiveContext} is told about every browser
   * context it opens before it is used. Those contexts hold a logged-in Telegram session: they get
   * the test's timeouts and are closed with it, but are never traced or screenshotted.
   */
  TelegramSide openTelegram(
      Browser browser, Consumer<com.microsoft.playwright.BrowserContext> sensitiveContext);

  /** How long web-first assertions wait. */
  Duration patience();
}
