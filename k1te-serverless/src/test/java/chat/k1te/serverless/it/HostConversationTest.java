package chat.k1te.serverless.it;

import static org.assertj.core.api.Assertions.assertThat;

import chat.k1te.serverless.json.Json;
import chat.k1te.serverless.json.JsonObject;
import chat.k1te.serverless.support.KiteHarness;
import chat.k1te.serverless.support.TelegramStub;
import chat.k1te.serverless.support.Updates;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The host answers visitors; offline history; replay; Gone sockets; files from Telegram. */
class HostConversationTest {
  static final long HOST = -1009000000001L;
  static final String CHANNEL = "host-conversation";
  KiteHarness kite;

  @BeforeEach
  void setUp() {
    kite = new KiteHarness();
    kite.webhook(Updates.update(Updates.text(HOST, "Support", 7, "/host " + CHANNEL)));
  }

  @AfterEach
  void tearDown() {
    kite.close();
  }

  private void visitor(String connection, String memberId, String name) {
    kite.connect(connection, Map.of("c", CHANNEL));
    assertThat(
            kite.send(
                connection, "[\"JOIN\",\"" + memberId + "\",\"" + name + "\",\"" + CHANNEL + "\"]"))
        .containsExactly("OK");
  }

  private void hostWrites(String text) {
    JsonObject response = kite.webhook(Updates.update(Updates.text(HOST, "Support", 7, text)));
    assertThat(response.number("statusCode")).contains(200L);
  }

  private JsonObject hostReplies(String text, String repliedText) {
    Map<String, Object> original = Updates.botMessage(HOST, 1, repliedText);
    return kite.webhook(
        Updates.update(Updates.replyTo(Updates.text(HOST, "Support", 7, text), original)));
  }

  private static List<Object> frame(String json) {
    try {
      return Json.asList(Json.parse(json), "frame");
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void hostTextGoesToThePeerAndReplyToAddressesAnotherVisitor() {
    visitor("c-a", "VisitorAaa", "Ann");
    visitor("c-b", "VisitorBbb", "Bob");
    kite.send("c-a", "[\"TXT\",\"a-1\",\"from Ann\",\"2026-11-28T09:40:00Z\"]");
    kite.send("c-b", "[\"TXT\",\"b-1\",\"from Bob\",\"2026-11-28T09:40:01Z\"]");
    kite.management.clear();

    hostWrites("to whoever wrote last");
    assertThat(kite.management.framesTo("c-b")).hasSize(1);
    List<Object> txt = frame(kite.management.framesTo("c-b").get(0));
    assertThat(txt.subList(0, 1)).containsExactly("TXT");
    assertThat(txt.get(2)).isEqualTo("to whoever wrote last");
    assertThat(txt).hasSize(4); // status 0 is not sent
    assertThat(kite.management.framesTo("c-a")).isEmpty();

    hostReplies("answer for Ann", "#VisitorAaa Ann\nfrom Ann");
    assertThat(kite.management.framesTo("c-a")).hasSize(1);
    assertThat(frame(kite.management.framesTo("c-a").get(0)).get(2)).isEqualTo("answer for Ann");

    hostWrites("peer is Ann now");
    assertThat(kite.management.framesTo("c-a")).hasSize(2);
  }

  @Test
  void answeringUnpinsTheVisitorsPinnedMessage() {
    visitor("c-p", "VisitorPin", "Pia");
    kite.send("c-p", "[\"TXT\",\"p-1\",\"help me\",\"2026-11-28T09:40:00Z\"]");
    long pinned =
        kite.telegram.calls("pinChatMessage").get(0).params().number("message_id").orElseThrow();
    hostWrites("sure");
    List<TelegramStub.Call> unpins = kite.telegram.calls("unpinChatMessage");
    assertThat(unpins).hasSize(1);
    assertThat(unpins.get(0).chatId()).isEqualTo(HOST);
    assertThat(unpins.get(0).params().number("message_id")).contains(pinned);
    kite.send("c-p", "[\"TXT\",\"p-2\",\"thanks\",\"2026-11-28T09:40:02Z\"]");
    assertThat(kite.telegram.calls("pinChatMessage"))
        .as("unanswered again: pinned again")
        .hasSize(2);
  }

  @Test
  void pinServiceMessagesAreDeleted() {
    Map<String, Object> service = Updates.base(HOST, "Support", 42);
    service.put("pinned_message", Updates.botMessage(HOST, 5, "x"));
    JsonObject reply = KiteHarness.body(kite.webhook(Updates.update(service)));
    assertThat(reply.string("method")).contains("deleteMessage");
    assertThat(reply.number("message_id"))
        .contains(((Number) service.get("message_id")).longValue());
  }

  @Test
  void offlineVisitorGetsHistoryOnReconnectOnlyOnce() {
    visitor("c-1", "VisitorOff", "Otto");
    kite.send("c-1", "[\"TXT\",\"o-1\",\"question\",\"2026-11-28T09:40:00Z\"]");
    kite.disconnect("c-1");
    kite.management.clear();

    hostWrites("answer one");
    hostWrites("answer two");
    assertThat(kite.management.pushes()).as("offline: nothing pushed").isEmpty();

    JsonObject connected = kite.connect("c-2", Map.of("c", CHANNEL, "m", "VisitorOff"));
    assertThat(connected.number("statusCode")).contains(200L);
    assertThat(kite.send("c-2", "[\"PING\"]")).containsExactly("PONG");
    List<String> replayed = kite.management.framesTo("c-2");
    assertThat(replayed).hasSize(2);
    assertThat(frame(replayed.get(0)).get(2)).isEqualTo("answer one");
    assertThat(frame(replayed.get(1)).get(2)).isEqualTo("answer two");

    kite.disconnect("c-2");
    kite.connect("c-3", Map.of("c", CHANNEL, "m", "VisitorOff"));
    kite.send("c-3", "[\"PING\"]");
    assertThat(kite.management.framesTo("c-3")).as("nothing replayed twice").isEmpty();

    hostWrites("live message");
    assertThat(kite.management.framesTo("c-3")).hasSize(1);
    kite.disconnect("c-3");
    kite.connect("c-4", Map.of("c", CHANNEL, "m", "VisitorOff"));
    kite.send("c-4", "[\"PING\"]");
    assertThat(kite.management.framesTo("c-4")).as("delivered live: not replayed").isEmpty();
  }

  @Test
  void goneSocketIsCleanedUpAndTheMessageKeptForReplay() {
    visitor("c-gone", "VisitorGone", "Gus");
    kite.send("c-gone", "[\"TXT\",\"g-1\",\"hi\",\"2026-11-28T09:40:00Z\"]");
    kite.management.markGone("c-gone");
    hostWrites("are you there?");
    assertThat(kite.management.framesTo("c-gone")).isEmpty();
    // the Connections row is gone: the old socket is no longer a member
    List<Object> err = kite.send("c-gone", "[\"TXT\",\"g-2\",\"x\",\"2026-11-28T09:40:00Z\"]");
    assertThat(err.get(0)).isEqualTo("ERR");
    kite.connect("c-back", Map.of("c", CHANNEL, "m", "VisitorGone"));
    kite.send("c-back", "[\"PING\"]");
    assertThat(kite.management.framesTo("c-back")).hasSize(1);
    assertThat(frame(kite.management.framesTo("c-back").get(0)).get(2)).isEqualTo("are you there?");
  }

  @Test
  void telegramFilesAreCopiedToTheBucketBeforeReachingBrowsers() throws Exception {
    visitor("c-f", "VisitorFile", "Fay");
    kite.send("c-f", "[\"TXT\",\"f-1\",\"send me the doc\",\"2026-11-28T09:40:00Z\"]");
    kite.telegram.addFile("doc-file-id", "PDF BYTES".getBytes());
    Map<String, Object> message = Updates.base(HOST, "Support", 7);
    message.put(
        "document",
        Map.of(
            "file_id",
            "doc-file-id",
            "file_unique_id",
            "u1",
            "file_name",
            "guide.pdf",
            "mime_type",
            "application/pdf",
            "file_size",
            9));
    kite.webhook(Updates.update(message));
    List<Object> bin = frame(kite.management.framesTo("c-f").get(0));
    assertThat(bin.get(0)).isEqualTo("BIN");
    String url = (String) bin.get(2);
    assertThat(url).doesNotContain(KiteHarness.BOT_TOKEN).doesNotContain("/file/bot");
    assertThat(URI.create(url).getPath())
        .startsWith("/" + kite.bucket + "/" + CHANNEL + "/VisitorFile/");
    assertThat(bin.subList(3, 6)).containsExactly("guide.pdf", "application/pdf", 9);
    HttpResponse<String> download =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(download.body()).isEqualTo("PDF BYTES");
    assertThat(download.headers().firstValue("Content-Disposition"))
        .contains("inline; filename=\"guide.pdf\"; filename*=UTF-8''guide.pdf");

    Map<String, Object> photo = Updates.base(HOST, "Support", 7);
    kite.telegram.addFile("photo-big", new byte[] {1, 2, 3});
    photo.put(
        "photo",
        List.of(
            Map.of("file_id", "photo-small", "width", 90, "height", 90, "file_size", 1),
            Map.of("file_id", "photo-big", "width", 800, "height", 600, "file_size", 3)));
    kite.webhook(Updates.update(photo));
    List<Object> image = frame(kite.management.framesTo("c-f").get(1));
    assertThat(image.get(4)).isEqualTo("image/jpeg");
    assertThat(image.get(5)).isEqualTo(3);
  }

  @Test
  void hostWithoutAnyVisitorGetsNoRouteError() {
    JsonObject reply =
        KiteHarness.body(kite.webhook(Updates.update(Updates.text(HOST, "Support", 7, "hello?"))));
    assertThat(reply.string("text")).contains("⛔ Cannot dispatch request, no route found");
  }

  @Test
  void telegramFailureIsReportedToTheVisitor() {
    visitor("c-t", "VisitorTgErr", "Tia");
    kite.telegram.fail("sendMessage", 403, "Forbidden: bot was kicked from the supergroup chat");
    List<Object> err = kite.send("c-t", "[\"TXT\",\"t-1\",\"hi\",\"2026-11-28T09:40:00Z\"]");
    assertThat(err)
        .containsExactly(
            "ERR",
            "⛔ tg connector error: (403) Forbidden: bot was kicked from the supergroup chat",
            502);
  }

  @Test
  void joinAfterReconnectReplaysLikeTheWidgetDoes() {
    visitor("c-w1", "VisitorWid", "Wil");
    kite.send("c-w1", "[\"TXT\",\"w-1\",\"hi\",\"2026-11-28T09:40:00Z\"]");
    kite.disconnect("c-w1");
    kite.telegram.addFile("host-doc", "DOC".getBytes());
    Map<String, Object> document = Updates.base(HOST, "Support", 7);
    document.put(
        "document",
        Map.of(
            "file_id",
            "host-doc",
            "file_name",
            "terms.pdf",
            "mime_type",
            "application/pdf",
            "file_size",
            3));
    kite.webhook(Updates.update(document));
    kite.management.clear();
    kite.telegram.clear();

    kite.connect("c-w2", Map.of("c", CHANNEL, "m", "VisitorWid"));
    assertThat(kite.send("c-w2", "[\"JOIN\",\"VisitorWid\",\"Wil\",\"" + CHANNEL + "\"]"))
        .containsExactly("OK");
    List<String> replayed = kite.management.framesTo("c-w2");
    assertThat(replayed).hasSize(1);
    List<Object> bin = frame(replayed.get(0));
    assertThat(bin.get(0)).isEqualTo("BIN");
    assertThat((String) bin.get(2)).doesNotContain(KiteHarness.BOT_TOKEN).contains(kite.bucket);
    assertThat(kite.telegram.calls("sendMessage"))
        .as("rebinding an existing member sends no join notice")
        .isEmpty();
  }
}
