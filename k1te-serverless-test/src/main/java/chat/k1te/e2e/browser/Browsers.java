package chat.k1te.e2e.browser;

import chat.k1te.e2e.config.BrowserSettings;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Starts Playwright and Chromium the same way for the suites and for {@code TelegramAuthApp}. */
public final class Browsers {
  /** Keeps Chromium from resolving anything but the loopback address (local target). */
  static final String OFFLINE_RESOLVER_RULES =
      "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1";

  private Browsers() {}

  /**
   * Playwright's driver on the given Node.js (the driver bundle with its own node is excluded).
   * Browser download is off unless the settings ask for Playwright's own Chromium.
   */
  public static Playwright playwright(BrowserSettings settings) {
    try {
      return create(settings);
    } catch (PlaywrightException e) {
      if (!settings.downloadBrowser()) {
        throw e;
      }
      throw new IllegalStateException(noBrowser() + " (" + firstLine(e.getMessage()) + ")", e);
    }
  }

  /** The one message when no browser is installed and Playwright cannot download its own. */
  public static String noBrowser() {
    String version =
        Optional.ofNullable(Playwright.class.getPackage().getImplementationVersion())
            .map(v -> "@" + v)
            .orElse("");
    return "No Chromium: none of "
        + String.join(", ", BrowserSettings.SYSTEM_BROWSERS)
        + " is on PATH and Playwright could not download its own. Install one:"
        + " `sudo apt-get install chromium` (Debian) or Playwright's"
        + " `npx playwright"
        + version
        + " install chromium`, or set -De2e.browser=<path>";
  }

  private static String firstLine(String message) {
    return message == null ? "" : message.lines().findFirst().orElse("");
  }

  private static Playwright create(BrowserSettings settings) {
    return Playwright.create(
        new Playwright.CreateOptions()
            .setEnv(
                Map.of(
                    "PLAYWRIGHT_NODEJS_PATH",
                    settings.node().toString(),
                    "PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD",
                    settings.downloadBrowser() ? "0" : "1")));
  }

  public static Browser launch(Playwright playwright, BrowserSettings settings) {
    List<String> args =
        new ArrayList<>(
            List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking"));
    if (settings.offline()) {
      args.add(OFFLINE_RESOLVER_RULES);
    }
    BrowserType.LaunchOptions options =
        new BrowserType.LaunchOptions().setHeadless(settings.headless()).setArgs(args);
    settings.executable().ifPresent(options::setExecutablePath);
    return playwright.chromium().launch(options);
  }
}
