package chat.k1te.e2e.support;

import chat.k1te.e2e.config.BrowserSettings;
import chat.k1te.e2e.config.E2eTarget;
import chat.k1te.e2e.config.Setting;
import chat.k1te.e2e.telegram.TelegramSide;
import chat.k1te.e2e.telegram.standin.StandInTelegram;
import chat.k1te.local.LocalRuntime;
import chat.k1te.local.LocalRuntimeOptions;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The local runtime, started once per test JVM on a free port (or an already running one given by
 * {@code -De2e.local.url}), with its Telegram stand-in as the Telegram side.
 */
public final class LocalKiteTarget implements KiteTarget, AutoCloseable {
  private final URI baseUrl;
  private final URI wsUrl;
  private final URI telegramUrl;
  private final Optional<LocalRuntime> runtime;
  private final BrowserSettings browser;

  private LocalKiteTarget(URI baseUrl, URI wsUrl, URI telegramUrl, Optional<LocalRuntime> runtime) {
    this.baseUrl = baseUrl;
    this.wsUrl = wsUrl;
    this.telegramUrl = telegramUrl;
    this.runtime = runtime;
    this.browser = BrowserSettings.forTarget(E2eTarget.LOCAL);
  }

  public static LocalKiteTarget startOrAttach() {
    Optional<String> attach = Setting.of("e2e.local.url", "E2E_LOCAL_URL");
    if (attach.isPresent()) {
      URI base = URI.create(attach.get().replaceAll("/+$", ""));
      URI ws =
          URI.create(
              base.toString().replaceFirst("^http", "ws")
                  + "/"
                  + LocalRuntimeOptions.DEFAULT_STAGE);
      return new LocalKiteTarget(base, ws, URI.create(base + "/telegram"), Optional.empty());
    }
    long begin = System.nanoTime();
    LocalRuntime started = LocalRuntime.start(LocalRuntimeOptions.defaults().withPort(0));
    System.out.printf(
        "[e2e] local runtime at %s started in %d ms%n",
        started.baseUrl(), (System.nanoTime() - begin) / 1_000_000);
    return new LocalKiteTarget(
        URI.create(String.valueOf(started.baseUrl())),
        URI.create(started.wsUrl()),
        URI.create(String.valueOf(started.telegramUrl())),
        Optional.of(started));
  }

  @Override
  public BrowserSettings browser() {
    return browser;
  }

  @Override
  public URI widgetPage(String channel) {
    return URI.create(baseUrl + "/?c=" + URLEncoder.encode(channel, StandardCharsets.UTF_8));
  }

  /** The runtime's WebSocket URL, {@code ws://127.0.0.1:<port>/local}. */
  public URI wsUrl() {
    return wsUrl;
  }

  @Override
  public TelegramSide openTelegram(Browser browser, Consumer<BrowserContext> sensitiveContext) {
    return new StandInTelegram(telegramUrl);
  }

  @Override
  public Duration patience() {
    return Duration.ofSeconds(10);
  }

  @Override
  public void close() {
    runtime.ifPresent(LocalRuntime::close);
  }

  @Override
  public String toString() {
    return "local runtime at " + baseUrl + (runtime.isPresent() ? " (started here)" : "");
  }
}
