package chat.k1te.e2e.support;

import static org.assertj.core.api.Assertions.assertThat;

import chat.k1te.e2e.browser.Browsers;
import chat.k1te.e2e.config.BrowserSettings;
import chat.k1te.e2e.config.DevSettings;
import chat.k1te.e2e.config.E2eTarget;
import chat.k1te.e2e.config.WidgetSource;
import chat.k1te.e2e.telegram.TelegramSide;
import chat.k1te.e2e.telegram.web.TelegramWebClient;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Route;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a failing dev e2e test leaves behind: the dev target opens Telegram Web with the stored
 * session exactly as in CI (a stand-in Telegram Web page is served by route, since nothing leaves
 * this machine), the test fails, the artifacts are kept as {@link E2eExtension} keeps them, and
 * every kept file (trace archives unpacked) is searched for the session's cookie and local-storage
 * values and for any screenshot of the Telegram page.
 */
@Tag(Suites.LOCAL_ONLY)
class FailureArtifactsTest {
  private static final String ACCOUNT_NAME = "e2e.telegram.user";
  private static final String COOKIE_SECRET = "cookie-" + Kite.random(24);
  private static final String STORAGE_SECRET = "storage-" + Kite.random(24);

  @Test
  void telegramSessionNeverReachesTheKeptArtifacts(@TempDir Path temp) throws IOException {
    Path auth = temp.resolve("telegram-web-auth.json");
    Files.writeString(auth, storageState());
    DevSettings settings =
        new DevSettings(
            new WidgetSource.HostedPage(URI.create("https://widget.example.org/")),
            "kite_dev_bot",
            auth,
            "host",
            "member");
    BrowserSettings local = BrowserSettings.forTarget(E2eTarget.LOCAL);
    Path artifacts = temp.resolve("e2e-artifacts");
    // the account name is otherwise read from Telegram Web's menu, which the stand-in page lacks
    System.setProperty(ACCOUNT_NAME, "e2e-operator");
    try (Playwright playwright = Browsers.playwright(local);
        Browser browser = Browsers.launch(playwright, local)) {
      Kite kite = new Kite(new ServedTelegramWeb(settings), browser);
      kite.hostChat(); // opens Telegram Web with the session, as the dev suites do
      FailureArtifacts failed =
          new FailureArtifacts(artifacts, "TelegramMemberTest", "hostSees-failed");
      failed.keep(kite.contexts()); // what E2eExtension does when a test failed
      kite.close();
    } finally {
      System.clearProperty(ACCOUNT_NAME);
    }

    List<String> leaks = new ArrayList<>();
    if (Files.exists(artifacts)) {
      try (Stream<Path> files = Files.walk(artifacts)) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          if (file.getFileName().toString().endsWith(".png")) {
            leaks.add(file + ": a screenshot");
          }
          for (Content content : contents(file)) {
            String text = new String(content.bytes(), StandardCharsets.ISO_8859_1);
            if (text.contains(COOKIE_SECRET) || text.contains(STORAGE_SECRET)) {
              leaks.add(content.name() + ": holds the Telegram session");
            }
          }
        }
      }
    }
    assertThat(leaks).as("kept artifacts of a failed dev test").isEmpty();
  }

  /** The dev target, with Telegram Web answered by a page that shows its session. */
  private static final class ServedTelegramWeb implements KiteTarget {
    private final DevKiteTarget dev;

    ServedTelegramWeb(DevSettings settings) {
      this.dev = new DevKiteTarget(settings);
    }

    @Override
    public BrowserSettings browser() {
      return BrowserSettings.forTarget(E2eTarget.LOCAL);
    }

    @Override
    public URI widgetPage(String channel) {
      return dev.widgetPage(channel);
    }

    @Override
    public TelegramSide openTelegram(Browser browser, Consumer<BrowserContext> sensitiveContext) {
      return dev.openTelegram(
          browser,
          context -> {
            context.route(TelegramWebClient.URL + "**", ServedTelegramWeb::page);
            sensitiveContext.accept(context);
          });
    }

    private static void page(Route route) {
      route.fulfill(
          new Route.FulfillOptions()
              .setContentType("text/html")
              .setBody(
                  "<!doctype html><title>Telegram</title><div id=page-chats>Chats</div>"
                      + "<p id=session></p><script>document.getElementById('session').textContent"
                      + " = document.cookie + ' ' + localStorage.getItem('user_auth');"
                      + "fetch('/k/api', {credentials: 'include'});</script>"));
    }

    @Override
    public Duration patience() {
      return Duration.ofSeconds(10);
    }
  }

  private static String storageState() {
    return """
        {"cookies": [{"name": "stel_ssid", "value": "%s", "domain": "web.telegram.org",
          "path": "/", "expires": -1, "httpOnly": false, "secure": true, "sameSite": "Lax"}],
         "origins": [{"origin": "https://web.telegram.org",
          "localStorage": [{"name": "user_auth", "value": "%s"}]}]}
        """
        .formatted(COOKIE_SECRET, STORAGE_SECRET);
  }

  private record Content(String name, byte[] bytes) {}

  /** The file itself and, for a zip (a Playwright trace), every entry in it. */
  private static List<Content> contents(Path file) throws IOException {
    List<Content> out = new ArrayList<>();
    byte[] bytes = Files.readAllBytes(file);
    out.add(new Content(file.toString(), bytes));
    if (file.getFileName().toString().endsWith(".zip")) {
      try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
        for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
          out.add(new Content(file + "!" + entry.getName(), readAll(zip)));
        }
      }
    }
    return out;
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    in.transferTo(out);
    return out.toByteArray();
  }
}
