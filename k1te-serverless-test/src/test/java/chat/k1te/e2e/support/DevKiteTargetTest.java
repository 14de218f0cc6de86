package chat.k1te.e2e.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chat.k1te.e2e.config.DevSettings;
import chat.k1te.e2e.config.WidgetSource;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dev target's widget: a hosted page when one is named, else a page server it starts. */
class DevKiteTargetTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Test
  void withoutAHostedPageTheTargetServesTheWidgetForTheStageAndStopsWithTheRun(@TempDir Path dir)
      throws Exception {
    String stage = "wss://abc123.execute-api.eu-central-1.amazonaws.com/dev";
    DevKiteTarget target = new DevKiteTarget(settings(dir, WidgetSource.ServedPage.parse(stage)));
    URI page;
    try {
      page = target.widgetPage("e2e-channel1");
      assertThat(page.getScheme()).isEqualTo("http");
      assertThat(page.getHost()).isEqualTo("127.0.0.1");
      assertThat(page.getRawQuery()).isEqualTo("c=e2e-channel1");
      String html = HTTP.send(HttpRequest.newBuilder(page).build(), BodyHandlers.ofString()).body();
      assertThat(html).contains("\"endpoint\", \"" + stage + "\"");
      assertThat(target.toString()).contains("widget page served at http://127.0.0.1:");
    } finally {
      target.close();
    }
    URI closed = page;
    assertThatThrownBy(
            () -> HTTP.send(HttpRequest.newBuilder(closed).build(), BodyHandlers.ofString()))
        .isInstanceOf(ConnectException.class);
  }

  @Test
  void aHostedPageIsUsedAsBeforeWithTheChannelAppended(@TempDir Path dir) throws Exception {
    DevKiteTarget target =
        new DevKiteTarget(
            settings(
                dir, new WidgetSource.HostedPage(URI.create("https://chat.example.test/p?x=1"))));
    try {
      assertThat(target.widgetPage("e2e-channel1"))
          .isEqualTo(URI.create("https://chat.example.test/p?x=1&c=e2e-channel1"));
    } finally {
      target.close();
    }
  }

  private static DevSettings settings(Path dir, WidgetSource widget) throws Exception {
    Path auth = Files.writeString(dir.resolve("auth.json"), "{}");
    return new DevSettings(widget, "kite_dev_bot", auth, "host", "member");
  }
}
