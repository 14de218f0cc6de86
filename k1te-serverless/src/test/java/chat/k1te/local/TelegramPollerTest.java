package chat.k1te.local;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import chat.k1te.local.telegram.TelegramPoller;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Real-Telegram mode's long polling, against a stub speaking the Bot API (never the network). */
class TelegramPollerTest {
  private static final String TOKEN = "123:abc";

  @Test
  void updatesGoToTheWebhookWithTheSecretAndItsMethodAnswerGoesToTelegram() throws Exception {
    WireMockServer telegram = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    telegram.start();
    HttpServer webhook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    CompletableFuture<String> received = new CompletableFuture<>();
    webhook.createContext(
        "/local/tg",
        exchange -> {
          received.complete(
              exchange.getRequestHeaders().getFirst("X-Telegram-Bot-Api-Secret-Token")
                  + " "
                  + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          byte[] answer =
              "{\"method\":\"sendMessage\",\"chat_id\":5,\"text\":\"pong\"}"
                  .getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, answer.length);
          exchange.getResponseBody().write(answer);
          exchange.close();
        });
    webhook.start();
    String bot = "/bot" + TOKEN + "/";
    telegram.stubFor(
        post(urlEqualTo(bot + "deleteWebhook"))
            .willReturn(okJson("{\"ok\":true,\"result\":true}")));
    telegram.stubFor(
        post(urlEqualTo(bot + "getUpdates"))
            .inScenario("updates")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(
                okJson(
                    "{\"ok\":true,\"result\":[{\"update_id\":41,\"message\":{\"message_id\":1,\"date\":0,\"chat\":{\"id\":5,\"type\":\"private\"},\"text\":\"/ping\"}}]}"))
            .willSetStateTo("delivered"));
    telegram.stubFor(
        post(urlEqualTo(bot + "getUpdates"))
            .inScenario("updates")
            .whenScenarioStateIs("delivered")
            .willReturn(okJson("{\"ok\":true,\"result\":[]}").withFixedDelay(200)));
    telegram.stubFor(
        post(urlEqualTo(bot + "sendMessage"))
            .willReturn(okJson("{\"ok\":true,\"result\":{\"message_id\":2}}")));
    String webhookUrl = "http://127.0.0.1:" + webhook.getAddress().getPort() + "/local/tg";
    try (TelegramPoller poller =
        TelegramPoller.start(telegram.baseUrl(), TOKEN, webhookUrl, "s3cret")) {
      assertThat(received.get(10, TimeUnit.SECONDS))
          .startsWith("s3cret {\"update_id\":41")
          .contains("/ping");
      long deadline = System.currentTimeMillis() + 10_000;
      while ((telegram.findAll(postRequestedFor(urlEqualTo(bot + "sendMessage"))).isEmpty()
              || telegram
                  .findAll(
                      postRequestedFor(urlEqualTo(bot + "getUpdates"))
                          .withRequestBody(containing("\"offset\":42")))
                  .isEmpty())
          && System.currentTimeMillis() < deadline) {
        Thread.sleep(20);
      }
      telegram.verify(
          postRequestedFor(urlEqualTo(bot + "sendMessage"))
              .withRequestBody(containing("\"text\":\"pong\"")));
      // the next poll asks for updates after the one handled
      telegram.verify(
          postRequestedFor(urlEqualTo(bot + "getUpdates"))
              .withRequestBody(containing("\"offset\":42")));
    } finally {
      webhook.stop(0);
      telegram.stop();
    }
  }
}
