package chat.k1te.e2e.page;

import static org.assertj.core.api.Assertions.assertThat;

import chat.k1te.e2e.config.WidgetSource;
import chat.k1te.local.web.DemoPages;
import chat.k1te.local.web.StaticResources;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The page server over HTTP: what it serves, and everything it refuses. */
class WidgetPageServerTest {
  private static final String WS_URL = "wss://ws-dev.example.test/dev";
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static WidgetPageServer server;

  @BeforeAll
  static void start() {
    server = WidgetPageServer.start(WidgetSource.ServedPage.parse(WS_URL));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void bindsTheLoopbackAddressOnAFreePort() throws Exception {
    URI origin = server.origin();
    assertThat(InetAddress.getByName(origin.getHost()).isLoopbackAddress()).isTrue();
    assertThat(origin.getPort()).isPositive();
    assertThat(server.page("e2e-abc_DEF-1")).isEqualTo(URI.create(origin + "/?c=e2e-abc_DEF-1"));
  }

  @Test
  void thePageIsTheRuntimesDemoPageWithTheStagesUrlAndNothingElse() throws Exception {
    HttpResponse<String> page = get("/?c=e2e-channel");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
    assertThat(page.headers().firstValue("Cache-Control")).contains("no-store");
    assertThat(page.body()).isEqualTo(DemoPages.page(WS_URL));
    // the template filled in one place: the widget's endpoint; no placeholder left
    assertThat(page.body())
        .contains("chat.setAttribute(\"endpoint\", \"" + WS_URL + "\");")
        .doesNotContain("{{");
    assertThat(get("/index.html").body()).isEqualTo(page.body());
  }

  @Test
  void theWidgetScriptIsTheRuntimesOwn() throws Exception {
    HttpResponse<byte[]> script =
        HTTP.send(request("/kite-chat.js").GET().build(), BodyHandlers.ofByteArray());

    assertThat(script.statusCode()).isEqualTo(200);
    assertThat(script.headers().firstValue("Content-Type"))
        .contains("text/javascript; charset=utf-8");
    assertThat(script.body())
        .isEqualTo(StaticResources.read(DemoPages.WIDGET_SCRIPT).orElseThrow());
  }

  @Test
  void headAnswersLikeGetWithoutABody() throws Exception {
    HttpResponse<String> head =
        HTTP.send(
            request("/").method("HEAD", BodyPublishers.noBody()).build(), BodyHandlers.ofString());

    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.body()).isEmpty();
    assertThat(head.headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
    assertThat(head.headers().firstValueAsLong("Content-Length"))
        .hasValue(DemoPages.page(WS_URL).getBytes(StandardCharsets.UTF_8).length);
  }

  @ParameterizedTest
  @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE"})
  void everyOtherMethodIsRefusedWith405(String method) throws Exception {
    for (String path : List.of("/", "/kite-chat.js")) {
      HttpResponse<String> refused =
          HTTP.send(
              request(path).method(method, BodyPublishers.ofString("{\"token\":\"x\"}")).build(),
              BodyHandlers.ofString());

      assertThat(refused.statusCode()).as(method + " " + path).isEqualTo(405);
      assertThat(refused.headers().firstValue("Allow")).contains("GET, HEAD");
      assertThat(refused.body()).isEqualTo("Method not allowed: " + method + "\n");
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/telegram/",
        "/web/index.html",
        "/kite-local/web/index.html",
        "/index.html/",
        "/kite-chat.js/..",
        "/%2e%2e/pom.xml",
        "/..%2fpom.xml",
        "/local",
        "/KITE-CHAT.JS"
      })
  void anyOtherPathIsNotFound(String path) throws Exception {
    HttpResponse<String> missing = get(path);

    assertThat(missing.statusCode()).as(path).isEqualTo(404);
    assertThat(missing.body()).isEqualTo("Not found\n");
  }

  private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HTTP.send(request(path).GET().build(), BodyHandlers.ofString());
  }

  private static HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(server.origin() + path));
  }
}
