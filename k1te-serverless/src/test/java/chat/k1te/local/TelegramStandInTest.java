package chat.k1te.local;

import static chat.k1te.local.LocalGatewayTest.get;
import static chat.k1te.local.LocalGatewayTest.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Telegram Bot API stand-in: Bot API methods, updates it delivers, control API. */
class TelegramStandInTest {
  private static final StubHandlers stubs = new StubHandlers();
  private static LocalRuntime runtime;
  private static String bot;

  @BeforeAll
  static void start() {
    runtime = LocalRuntime.start(LocalRuntimeOptions.defaults().withPort(0), stubs.handlers());
    bot = runtime.telegramUrl() + "/bot" + RuntimeWiring.STAND_IN_BOT_TOKEN + "/";
  }

  @AfterAll
  static void stop() {
    runtime.close();
  }

  @Test
  void botApiAnswersLikeTelegram() throws Exception {
    assertThat(get(runtime.telegramUrl() + "/bot1:wrong/getMe").statusCode()).isEqualTo(401);
    Map<String, Object> me = Json.readObject(get(bot + "getMe").body());
    assertThat(me).containsEntry("ok", true);
    Map<?, ?> result = (Map<?, ?>) me.get("result");
    assertThat(result.get("is_bot")).isEqualTo(true);
    assertThat(result.get("username")).isEqualTo("kite_local_bot");
    HttpResponse<String> unknownChat =
        post(bot + "sendMessage", "{\"chat_id\": 42, \"text\": \"hi\"}");
    assertThat(unknownChat.statusCode()).isEqualTo(400);
    assertThat(Json.readObject(unknownChat.body()))
        .containsEntry("description", "Bad Request: chat not found");
    assertThat(post(bot + "noSuchMethod", "{}").statusCode()).isEqualTo(404);
    HttpResponse<String> empty =
        post(bot + "sendMessage", "{\"chat_id\": " + runtime.demoChatId() + ", \"text\": \"\"}");
    assertThat(Json.readObject(empty.body()))
        .containsEntry("description", "Bad Request: message text is empty");
  }

  @Test
  void updatesCarryEntitiesAndIncreasingIdsAndANewGroupFirstGetsMyChatMember() throws Exception {
    int before = stubs.events.size();
    HttpResponse<String> posted =
        post(
            runtime.telegramUrl() + "/chats/-1001000000077/messages",
            Json.write(
                Map.of(
                    "text",
                    "/join@kite_local_bot see #Abc123xyz0 and #x",
                    "chat_title",
                    "Members",
                    "from",
                    Map.of("id", 7, "first_name", "Ann"))));
    assertThat(posted.statusCode()).isEqualTo(200);
    List<Map<String, Object>> updates =
        stubs.events.stream()
            .skip(before)
            .filter(e -> "POST /tg".equals(e.get("routeKey")) && !e.containsKey("type"))
            .map(e -> Json.readObject((String) e.get("body")))
            .toList();
    assertThat(updates).hasSize(2);
    Map<?, ?> change = (Map<?, ?>) updates.get(0).get("my_chat_member");
    assertThat(((Map<?, ?>) change.get("new_chat_member")).get("status")).isEqualTo("member");
    assertThat(((Map<?, ?>) change.get("chat")).get("type")).isEqualTo("supergroup");
    assertThat(((Number) updates.get(1).get("update_id")).longValue())
        .isEqualTo(((Number) updates.get(0).get("update_id")).longValue() + 1);
    Map<?, ?> message = (Map<?, ?>) updates.get(1).get("message");
    assertThat(((Map<?, ?>) message.get("from")).get("first_name")).isEqualTo("Ann");
    assertThat(message.get("entities"))
        .isEqualTo(
            List.of(
                Map.of("offset", 0, "length", 20, "type", "bot_command"),
                Map.of("offset", 25, "length", 11, "type", "hashtag"),
                Map.of("offset", 41, "length", 2, "type", "hashtag")));
  }

  @Test
  void aMethodInTheWebhookAnswerIsExecuted() throws Exception {
    post(
        runtime.telegramUrl() + "/chats/-1001000000088/messages",
        "{\"text\": \"/host other-channel\"}");
    List<Object> messages =
        Json.readArray(get(runtime.telegramUrl() + "/chats/-1001000000088/messages").body());
    Map<?, ?> last = (Map<?, ?>) messages.get(messages.size() - 1);
    assertThat(last.get("from_bot")).isEqualTo(true);
    assertThat(last.get("text")).isEqualTo("✅ Created channel other-channel");
  }

  @Test
  void documentsByUrlAndPhotosByUploadCanBeFetchedBack() throws Exception {
    long chat = runtime.demoChatId();
    byte[] pdf = "%PDF-1.4 tiny".getBytes(StandardCharsets.US_ASCII);
    String url = runtime.baseUrl() + "/telegram/files/none"; // 404: Telegram reports a bad URL
    HttpResponse<String> bad =
        post(bot + "sendDocument", Json.write(Map.of("chat_id", chat, "document", url)));
    assertThat(Json.readObject(bad.body()))
        .containsEntry("description", "Bad Request: failed to get HTTP URL content");

    Map<String, Object> uploaded =
        Json.readObject(
            post(
                    runtime.telegramUrl() + "/chats/" + chat + "/files",
                    Json.write(
                        Map.of(
                            "file_name",
                            "menu.pdf",
                            "mime_type",
                            "application/pdf",
                            "content_base64",
                            Base64.getEncoder().encodeToString(pdf),
                            "caption",
                            "see this")))
                .body());
    assertThat(uploaded).containsEntry("file_name", "menu.pdf").containsEntry("text", "see this");
    String fileId = (String) uploaded.get("file_id");

    Map<?, ?> byUrl =
        (Map<?, ?>)
            Json.readObject(
                    post(
                            bot + "sendDocument",
                            Json.write(
                                Map.of(
                                    "chat_id",
                                    chat,
                                    "document",
                                    runtime.telegramUrl() + "/files/" + fileId)))
                        .body())
                .get("result");
    Map<?, ?> document = (Map<?, ?>) byUrl.get("document");
    // named like the download says (Content-Disposition), else after the URL
    assertThat(document.get("file_name")).isEqualTo("menu.pdf");
    Map<?, ?> file =
        (Map<?, ?>)
            Json.readObject(get(bot + "getFile?file_id=" + document.get("file_id")).body())
                .get("result");
    HttpResponse<byte[]> download =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            runtime.telegramUrl()
                                + "/file/bot"
                                + RuntimeWiring.STAND_IN_BOT_TOKEN
                                + "/"
                                + file.get("file_path")))
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(download.body()).isEqualTo(pdf);

    BufferedImage image = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(image, "png", png);
    String boundary = "kiteBoundary";
    String head =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"chat_id\"\r\n\r\n"
            + chat
            + "\r\n"
            + "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"dot.png\"\r\nContent-Type: image/png\r\n\r\n";
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(head.getBytes(StandardCharsets.UTF_8));
    body.write(png.toByteArray());
    body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> photo =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(bot + "sendPhoto"))
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    Map<?, ?> size =
        (Map<?, ?>)
            ((List<?>) ((Map<?, ?>) Json.readObject(photo.body()).get("result")).get("photo"))
                .get(0);
    assertThat(size.get("width")).isEqualTo(3);
    assertThat(size.get("height")).isEqualTo(2);
  }

  @Test
  void pinsAnnounceAServiceMessageTheBotCanDelete() throws Exception {
    long chat = runtime.demoChatId();
    Map<?, ?> sent =
        (Map<?, ?>)
            Json.readObject(
                    post(
                            bot + "sendMessage",
                            Json.write(Map.of("chat_id", chat, "text", "#v1 waiting")))
                        .body())
                .get("result");
    Object id = sent.get("message_id");
    int before = stubs.events.size();
    assertThat(
            post(
                    bot + "pinChatMessage",
                    Json.write(
                        Map.of("chat_id", chat, "message_id", id, "disable_notification", true)))
                .statusCode())
        .isEqualTo(200);
    List<Object> all =
        Json.readArray(get(runtime.telegramUrl() + "/chats/" + chat + "/messages?all").body());
    Map<?, ?> service = (Map<?, ?>) all.get(all.size() - 1);
    assertThat(service.get("service")).isEqualTo("pinned_message");
    List<Object> visible =
        Json.readArray(get(runtime.telegramUrl() + "/chats/" + chat + "/messages").body());
    assertThat(((Map<?, ?>) visible.get(visible.size() - 1)).get("pinned")).isEqualTo(true);
    long deadline = System.currentTimeMillis() + 5000;
    while (stubs.events.stream()
            .skip(before)
            .noneMatch(e -> String.valueOf(e.get("body")).contains("pinned_message"))
        && System.currentTimeMillis() < deadline) {
      Thread.sleep(20);
    }
    assertThat(stubs.events.stream().skip(before))
        .anyMatch(e -> String.valueOf(e.get("body")).contains("\"pinned_message\""));
    assertThat(
            post(
                    bot + "deleteMessage",
                    Json.write(Map.of("chat_id", chat, "message_id", service.get("message_id"))))
                .statusCode())
        .isEqualTo(200);
    assertThat(
            post(
                    bot + "deleteMessage",
                    Json.write(Map.of("chat_id", chat, "message_id", service.get("message_id"))))
                .statusCode())
        .isEqualTo(400);
    post(bot + "unpinChatMessage", Json.write(Map.of("chat_id", chat, "message_id", id)));
    List<Object> after =
        Json.readArray(get(runtime.telegramUrl() + "/chats/" + chat + "/messages").body());
    assertThat(after).noneMatch(m -> Boolean.TRUE.equals(((Map<?, ?>) m).get("pinned")));
  }
}
