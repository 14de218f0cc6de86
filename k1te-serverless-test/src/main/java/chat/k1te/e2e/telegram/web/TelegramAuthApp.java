package chat.k1te.e2e.telegram.web;

import chat.k1te.e2e.browser.Browsers;
import chat.k1te.e2e.config.BrowserSettings;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.TimeoutError;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Creates the Telegram Web session the dev e2e run uses: opens a visible Chromium on Telegram Web,
 * waits while a person logs in, then saves the browser's storage state (cookies and local storage).
 * The file is a live session: keep it out of git and hand it to CI only as a secret.
 */
@Command(
    name = "telegram-auth",
    mixinStandardHelpOptions = true,
    usageHelpWidth = 100,
    description = {
      "Log in to Telegram Web by hand and save the session (storage state) for the dev e2e run.",
      "Afterwards: base64 -w0 <output> | gh secret set TELEGRAM_WEB_AUTH_JSON --env dev"
    })
public final class TelegramAuthApp implements Callable<Integer> {
  static final int LOGIN_TIMED_OUT = 1;

  @Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = {"-o", "--output"},
      defaultValue = "${sys:e2e.telegram.auth:-auth.json}",
      description =
          "Where to write the storage state (default: ${DEFAULT-VALUE}, the file the dev run"
              + " reads by default).")
  Path output;

  @Option(
      names = "--timeout",
      defaultValue = "PT3M",
      converter = DurationConverter.class,
      description = "How long to wait for the login, ISO-8601 (default: ${DEFAULT-VALUE}).")
  Duration timeout;

  @Option(
      names = "--browser",
      description =
          "Chromium executable (default: Playwright's own Chromium, downloaded on first use).")
  Optional<Path> browser;

  public static void main(String[] args) {
    System.exit(new CommandLine(new TelegramAuthApp()).execute(args));
  }

  @Override
  public Integer call() {
    BrowserSettings settings =
        new BrowserSettings(browser, false, false, BrowserSettings.findNode(), browser.isEmpty());
    try (Playwright playwright = Browsers.playwright(settings);
        Browser chromium = Browsers.launch(playwright, settings);
        BrowserContext context = chromium.newContext()) {
      Page page = context.newPage();
      page.navigate(TelegramWebClient.URL);
      spec.commandLine()
          .getOut()
          .printf("Log in to Telegram Web in the browser window (waiting %s)…%n", timeout);
      try {
        new TelegramWebClient(page)
            .chatList()
            .waitFor(new Locator.WaitForOptions().setTimeout(timeout.toMillis()));
      } catch (TimeoutError e) {
        spec.commandLine()
            .getErr()
            .printf("No login within %s: the chat list never appeared; nothing saved.%n", timeout);
        return LOGIN_TIMED_OUT;
      }
      // Telegram Web writes its session keys to local storage right after the chat list shows.
      page.waitForFunction("() => localStorage.getItem('user_auth') !== null");
      context.storageState(new BrowserContext.StorageStateOptions().setPath(output));
      spec.commandLine().getOut().printf("Saved the Telegram Web session to %s%n", output);
      return 0;
    }
  }

  static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      return Duration.parse(value);
    }
  }
}
