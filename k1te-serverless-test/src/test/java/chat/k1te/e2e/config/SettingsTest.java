package chat.k1te.e2e.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad inputs of the suites fail with a message naming the input and how to fix it. */
class SettingsTest {

  @Test
  void targetIsParsedCaseInsensitivelyAndAnUnknownOneIsNamed() {
    assertThat(E2eTarget.parse(" DEV ")).isEqualTo(E2eTarget.DEV);
    assertThatThrownBy(() -> E2eTarget.parse("prod"))
        .hasMessage("Unknown e2e target 'prod' (-De2e.target): expected one of local, dev");
  }

  @Test
  void propertyWinsAndBlankCountsAsAbsent() {
    System.setProperty("e2e.test.setting", "  ");
    try {
      assertThat(Setting.of("e2e.test.setting", "E2E_NO_SUCH_VARIABLE")).isEmpty();
      System.setProperty("e2e.test.setting", "value");
      assertThat(Setting.of("e2e.test.setting", "PATH")).contains("value");
      assertThatThrownBy(() -> Setting.required("e2e.other", "E2E_NO_SUCH_VARIABLE", "a thing"))
          .hasMessage(
              "Missing a thing: set -De2e.other or the environment variable E2E_NO_SUCH_VARIABLE");
    } finally {
      System.clearProperty("e2e.test.setting");
    }
  }

  @Test
  void devSettingsNameWhatIsWrong(@TempDir Path dir) throws Exception {
    Path auth = Files.writeString(dir.resolve("auth.json"), "{}");
    WidgetSource page = new WidgetSource.HostedPage(URI.create("https://example.test/chat"));
    assertThat(new DevSettings(page, "kite_dev_bot", auth, "h", "m").botName())
        .isEqualTo("kite_dev_bot");
    assertThatThrownBy(() -> new DevSettings(page, "@kite_dev_bot", auth, "h", "m"))
        .hasMessageContaining("without @");
    assertThatThrownBy(() -> new WidgetSource.HostedPage(URI.create("chat")))
        .hasMessageContaining("e2e.widget.url must be an absolute URL");
    assertThatThrownBy(() -> new DevSettings(page, "bot", dir.resolve("missing.json"), "h", "m"))
        .hasMessageContaining("Telegram Web storage state not found")
        .hasMessageContaining("TelegramAuthApp");
  }

  @Test
  void theHostedPageWinsElseTheStagesWebSocketUrlIsServedElseBothAreNamed() {
    try {
      System.setProperty(WidgetSource.WS_URL_PROPERTY, "wss://abc.execute-api.test/dev");
      assertThat(WidgetSource.fromEnvironment())
          .isEqualTo(new WidgetSource.ServedPage(URI.create("wss://abc.execute-api.test/dev")));
      System.setProperty(WidgetSource.WIDGET_URL_PROPERTY, "https://example.test/chat?x=1");
      assertThat(WidgetSource.fromEnvironment())
          .isEqualTo(new WidgetSource.HostedPage(URI.create("https://example.test/chat?x=1")));
      System.clearProperty(WidgetSource.WIDGET_URL_PROPERTY);
      System.clearProperty(WidgetSource.WS_URL_PROPERTY);
      if (System.getenv(WidgetSource.WS_URL_VARIABLE) == null
          && System.getenv(WidgetSource.WIDGET_URL_VARIABLE) == null) {
        assertThatThrownBy(WidgetSource::fromEnvironment)
            .hasMessageContaining("Missing the dev stage's widget")
            .hasMessageContaining("KITE_E2E_WS_URL")
            .hasMessageContaining("KITE_E2E_WIDGET_URL");
      }
    } finally {
      System.clearProperty(WidgetSource.WIDGET_URL_PROPERTY);
      System.clearProperty(WidgetSource.WS_URL_PROPERTY);
    }
  }

  @Test
  void theServedPageTakesOnlyAPlainWebSocketUrl() {
    for (String good :
        List.of(
            "wss://abc123.execute-api.eu-central-1.amazonaws.com/dev",
            "wss://ws-dev.example.com",
            "ws://127.0.0.1:40123/local",
            "wss://ws.example.com/")) {
      assertThat(WidgetSource.ServedPage.parse(good).wsUrl()).hasToString(good);
    }
    // it lands in a script string on the page: nothing that could leave the string or the URL
    for (String bad :
        List.of(
            "https://abc.execute-api.test/dev",
            "wss://abc.test/dev\";alert(1)//",
            "wss://abc.test/dev</script><script>alert(1)</script>",
            "wss://user:secret@abc.test/dev",
            "wss://abc.test/dev?token=secret",
            "wss://abc.test/dev#x",
            "wss://abc.test/a b",
            "wss:///dev",
            "javascript:alert(1)",
            "")) {
      assertThatThrownBy(() -> WidgetSource.ServedPage.parse(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("e2e.ws.url (KITE_E2E_WS_URL) must be a ws:// or wss:// URL");
    }
  }

  @Test
  void aMissingChromiumIsNamed(@TempDir Path dir) {
    Path missing = dir.resolve("chromium");
    assertThatThrownBy(
            () ->
                new BrowserSettings(
                    java.util.Optional.of(missing), true, true, Path.of("node"), false))
        .hasMessageContaining("Chromium not found at " + missing)
        .hasMessageContaining("-De2e.browser");
  }

  private static Path executable(Path dir, String name) throws Exception {
    Path file = java.nio.file.Files.createDirectories(dir).resolve(name);
    java.nio.file.Files.writeString(file, "#!/bin/sh\n");
    file.toFile().setExecutable(true);
    return file;
  }

  @Test
  void theSystemsChromiumIsPreferredThenChromeThenPlaywrights(@TempDir Path dir) throws Exception {
    Path debian = dir.resolve("debian");
    Path ubuntu = dir.resolve("ubuntu");
    Path chromium = executable(debian, "chromium");
    Path chrome = executable(ubuntu, "google-chrome");
    java.nio.file.Files.writeString(ubuntu.resolve("chromium"), "not executable");
    String sep = java.io.File.pathSeparator;

    assertThat(BrowserSettings.systemBrowser(debian + sep + ubuntu)).contains(chromium);
    // Ubuntu runners: no chromium package, Chrome preinstalled
    assertThat(BrowserSettings.systemBrowser(ubuntu.toString())).contains(chrome);
    // a fresh machine with neither: empty, so Playwright installs its own Chromium
    assertThat(BrowserSettings.systemBrowser(dir.resolve("empty") + sep)).isEmpty();
    assertThat(BrowserSettings.systemBrowser(null)).isEmpty();
  }
}
