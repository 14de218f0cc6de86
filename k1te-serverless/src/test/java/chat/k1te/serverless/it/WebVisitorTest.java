package chat.k1te.serverless.it;

import static java.net.http.HttpResponse.BodyHandlers.discarding;
import static org.assertj.core.api.Assertions.assertThat;

import chat.k1te.local.engine.S3Engine;
import chat.k1te.serverless.json.JsonObject;
import chat.k1te.serverless.store.NoticeBudget;
import chat.k1te.serverless.support.KiteHarness;
import chat.k1te.serverless.support.TelegramStub;
import chat.k1te.serverless.support.TestEngines;
import chat.k1te.serverless.support.Updates;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** A web visitor talks to the host group: WebSocket events through the dispatcher. */
class WebVisitorTest {
  static final long HOST_CHAT = -1001234567890L;
  static final String CHANNEL = "visitor-test";
  static KiteHarness kite;

  @BeforeAll
  static void hostChannel() {
    kite = new KiteHarness();
    JsonObject reply =
        KiteHarness.body(
            kite.webhook(
                Updates.update(Updates.text(HOST_CHAT, "Support", 7, "/host " + CHANNEL))));
    assertThat(reply.string("text").orElseThrow()).startsWith("✅ Created channel " + CHANNEL);
  }

  @AfterAll
  static void close() {
    kite.close();
  }

  @BeforeEach
  void clearStubs() {
    kite.telegram.clear();
    kite.management.clear();
  }

  @Test
  void connectEchoesTheSubprotocolAndPingIsAnsweredWithPong() {
    JsonObject connected = kite.connect("c-ping", Map.of("c", CHANNEL));
    assertThat(connected.number("statusCode")).contains(200L);
    assertThat(connected.object("headers").string("Sec-WebSocket-Protocol"))
        .contains("k1te.chat.v1");
    JsonObject pong = kite.message("c-ping", "[\"PING\"]");
    assertThat(pong.object("headers").string("Sec-WebSocket-Protocol")).contains("k1te.chat.v1");
    assertThat(pong.string("body")).contains("[\"PONG\"]");
  }

  @Test
  void connectRefusalsMapToHandshakeStatuses() {
    assertThat(kite.connect("c-x1", Map.of()).number("statusCode")).contains(400L);
    assertThat(kite.connect("c-x1", Map.of()).string("body").orElseThrow())
        .contains("No ChannelName was passed");
    assertThat(kite.connect("c-x2", Map.of("c", "no-such-channel")).number("statusCode"))
        .contains(404L);
    assertThat(kite.connect("c-x3", Map.of("c", "bad name!")).number("statusCode")).contains(400L);
    JsonObject unknownMember = kite.connect("c-x4", Map.of("c", CHANNEL, "m", "Nobody0001"));
    assertThat(unknownMember.number("statusCode")).contains(404L);
    assertThat(unknownMember.string("body").orElseThrow()).contains("Member not found");
    JsonObject overlong = kite.connect("c-x6", Map.of("c", CHANNEL, "m", "m".repeat(2000)));
    assertThat(overlong.number("statusCode"))
        .as("an id no member can have is not looked up (it could not be a DynamoDB key)")
        .contains(404L);
    String hostId = Long.toUnsignedString(HOST_CHAT, 36);
    JsonObject hostTakeover = kite.connect("c-x5", Map.of("c", CHANNEL, "m", hostId));
    assertThat(hostTakeover.number("statusCode"))
        .as("the host cannot be impersonated")
        .contains(404L);
  }

  @Test
  void visitorJoinsAndTextReachesTheHostWithItsHashtagAndIsPinned() {
    kite.connect("c-join", Map.of("c", CHANNEL));
    assertThat(kite.send("c-join", "[\"JOIN\",\"Visitor001\",\"Ann\",\"" + CHANNEL + "\"]"))
        .containsExactly("OK");
    TelegramStub.Call notice = kite.telegram.calls("sendMessage").get(0);
    assertThat(notice.chatId()).isEqualTo(HOST_CHAT);
    assertThat(notice.text()).isEqualTo("#Visitor001 Ann\n✅ Ann joined channel " + CHANNEL);

    List<Object> ack =
        kite.send("c-join", "[\"TXT\",\"m-1\",\"Hello there\",\"2026-11-28T09:40:00Z\"]");
    assertThat(ack.get(0)).isEqualTo("ACK");
    assertThat(ack.get(1)).isEqualTo("m-1");
    String telegramId = Long.toString(kite.telegram.lastMessageId(), 36);
    assertThat(ack.get(2)).isEqualTo(telegramId);
    TelegramStub.Call sent = kite.telegram.calls("sendMessage").get(1);
    assertThat(sent.chatId()).isEqualTo(HOST_CHAT);
    assertThat(sent.text()).isEqualTo("#Visitor001 Ann\nHello there");
    List<TelegramStub.Call> pins = kite.telegram.calls("pinChatMessage");
    assertThat(pins).hasSize(1);
    assertThat(pins.get(0).params().bool("disable_notification")).isTrue();
    assertThat(pins.get(0).params().number("message_id")).contains(kite.telegram.lastMessageId());

    kite.send("c-join", "[\"TXT\",\"m-2\",\"Still there?\",\"2026-11-28T09:40:01Z\"]");
    assertThat(kite.telegram.calls("pinChatMessage")).as("only the first unanswered").hasSize(1);
  }

  @Test
  void oversizeTextIsRefusedWithTheSizesAndNothingIsSent() {
    kite.connect("c-big", Map.of("c", CHANNEL));
    kite.send("c-big", "[\"JOIN\",\"Visitor002\",null,\"" + CHANNEL + "\"]");
    kite.telegram.clear();
    String text = "é".repeat(2049); // 4098 bytes
    List<Object> err =
        kite.send("c-big", "[\"TXT\",\"m-big\",\"" + text + "\",\"2026-11-28T09:40:00Z\"]");
    assertThat(err)
        .containsExactly(
            "ERR",
            "⛔ The provided content is too large. Allowed max size: 4KB but actual size: 5KB",
            400);
    assertThat(kite.telegram.calls()).isEmpty();
    String exact = "a".repeat(4096);
    assertThat(kite.send("c-big", "[\"TXT\",\"m-ok\",\"" + exact + "\",\"2026-11-28T09:40:00Z\"]"))
        .first()
        .isEqualTo("ACK");
  }

  @Test
  void textBeforeJoinIsRefused() {
    kite.connect("c-anon", Map.of("c", CHANNEL));
    List<Object> err = kite.send("c-anon", "[\"TXT\",\"m-1\",\"hi\",\"2026-11-28T09:40:00Z\"]");
    assertThat(err.get(0)).isEqualTo("ERR");
    assertThat((String) err.get(1)).contains("send JOIN first");
    assertThat(err.get(2)).isEqualTo(404);
  }

  @Test
  void uploadSlotIsPresignedAndTheFileGoesToTelegramByUrl() throws Exception {
    kite.connect("c-file", Map.of("c", CHANNEL));
    kite.send("c-file", "[\"JOIN\",\"Visitor003\",\"Bob\",\"" + CHANNEL + "\"]");
    List<Object> slot =
        kite.send(
            "c-file",
            "[\"UPL\",\"f-1\",\"my report (final).pdf\",\"application/pdf\",5,\"2026-11-28T09:40:00Z\"]");
    assertThat(slot.get(0)).isEqualTo("UPL");
    assertThat(slot.get(1)).isEqualTo("f-1");
    String get = (String) slot.get(2);
    String put = (String) slot.get(3);
    assertThat(URI.create(get).getPath())
        .matches(
            "/"
                + kite.bucket
                + "/"
                + CHANNEL
                + "/Visitor003/\\d{4}-\\d{2}-\\d{2}/[a-z0-9]{10}-my_report__final_.pdf");
    assertThat(get).contains("X-Amz-Expires=3600");
    assertThat(put).contains("X-Amz-Expires=3600");

    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> wrongType =
        http.send(
            HttpRequest.newBuilder(URI.create(put))
                .header("Content-Type", "text/html")
                .PUT(HttpRequest.BodyPublishers.ofString("%PDF-"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(wrongType.statusCode()).as("content type is part of the signature").isEqualTo(403);
    assertThat(oversizePut(put))
        .as("the length announced in UPL is part of the signature")
        .satisfiesAnyOf(
            status -> assertThat(status).contains(403), status -> assertThat(status).isEmpty());
    assertThat(
            http.send(HttpRequest.newBuilder(URI.create(get)).build(), discarding()).statusCode())
        .as("the oversize body was not stored")
        .isEqualTo(404);
    HttpResponse<String> uploaded =
        http.send(
            HttpRequest.newBuilder(URI.create(put))
                .header("Content-Type", "application/pdf")
                .PUT(HttpRequest.BodyPublishers.ofString("%PDF-"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(uploaded.statusCode()).isEqualTo(200);
    assertThat(
            http.send(
                    HttpRequest.newBuilder(URI.create(get)).build(),
                    HttpResponse.BodyHandlers.ofString())
                .body())
        .isEqualTo("%PDF-");

    List<Object> ack =
        kite.send(
            "c-file",
            "[\"BIN\",\"f-1\",\""
                + get
                + "\",\"my report (final).pdf\",\"application/pdf\",5,\"2026-11-28T09:40:00Z\"]");
    assertThat(ack.get(0)).isEqualTo("ACK");
    TelegramStub.Call document = kite.telegram.calls("sendDocument").get(0);
    assertThat(document.chatId()).isEqualTo(HOST_CHAT);
    assertThat(document.params().string("document").orElseThrow())
        .contains(URI.create(get).getPath());
    assertThat(document.params().string("caption")).contains("#Visitor003 Bob");
  }

  @Test
  void photosGoAsPhotosAndUnsupportedOrTooLargeFilesAreRefused() throws Exception {
    kite.connect("c-img", Map.of("c", CHANNEL));
    kite.send("c-img", "[\"JOIN\",\"Visitor004\",\"Cy\",\"" + CHANNEL + "\"]");
    assertThat(
            kite.send(
                "c-img", "[\"UPL\",\"f\",\"a.bmp\",\"image/bmp\",5,\"2026-11-28T09:40:00Z\"]"))
        .containsExactly("ERR", "⛔ Unsupported Media type image/bmp", 400);
    assertThat(
            kite.send(
                "c-img",
                "[\"UPL\",\"f\",\"a.png\",\"image/png\",5242881,\"2026-11-28T09:40:00Z\"]"))
        .containsExactly(
            "ERR",
            "⛔ The provided content is too large. Allowed max size: 5120KB but actual size: 5121KB",
            400);
    List<Object> slot =
        kite.send(
            "c-img", "[\"UPL\",\"p-1\",\"cat.png\",\"image/png\",3,\"2026-11-28T09:40:00Z\"]");
    String get = (String) slot.get(2);
    assertThat(put((String) slot.get(3), "image/png", new byte[3])).isEqualTo(200);
    kite.send(
        "c-img",
        "[\"BIN\",\"p-1\",\"" + get + "\",\"cat.png\",\"image/png\",3,\"2026-11-28T09:40:00Z\"]");
    assertThat(kite.telegram.calls("sendPhoto")).hasSize(1);
    List<Object> foreign =
        kite.send(
            "c-img",
            "[\"BIN\",\"p-2\",\"https://evil.example/x.png\",\"x.png\",\"image/png\",3,\"2026-11-28T09:40:00Z\"]");
    assertThat(foreign.get(0)).isEqualTo("ERR");
    assertThat((String) foreign.get(1)).contains("Unknown file URL");
  }

  /**
   * PUTs 100 kB to a URL signed for 5 bytes. s3proxy refuses it from the headers and closes the
   * connection while the body is still arriving, so the kernel may answer the unread bytes with a
   * reset that discards the 403 before the client reads it (about one attempt in eight here).
   * Either outcome is a refusal; the caller proves nothing was stored.
   *
   * @return the status, or empty when the connection was reset before a status could be read
   */
  private static Optional<Integer> oversizePut(String url) throws InterruptedException {
    try {
      return Optional.of(
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(url))
                      .header("Content-Type", "application/pdf")
                      .PUT(HttpRequest.BodyPublishers.ofString("%PDF-" + "x".repeat(100_000)))
                      .build(),
                  discarding())
              .statusCode());
    } catch (IOException reset) {
      return Optional.empty();
    }
  }

  private static int put(String url, String type, byte[] body) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", type)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body))
                .build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  private static String bin(String id, String url, String name, String type, long size) {
    return "[\"BIN\",\""
        + id
        + "\",\""
        + url
        + "\",\""
        + name
        + "\",\""
        + type
        + "\","
        + size
        + ",\"2026-11-28T09:40:00Z\"]";
  }

  @Test
  void binForwardsOnlyAnUploadedObjectOfTheDeclaredTypeWithinItsLimit() throws Exception {
    kite.connect("c-obj", Map.of("c", CHANNEL));
    kite.send("c-obj", "[\"JOIN\",\"Visitor007\",\"Flo\",\"" + CHANNEL + "\"]");
    List<Object> slot =
        kite.send(
            "c-obj", "[\"UPL\",\"o-1\",\"a.pdf\",\"application/pdf\",4,\"2026-11-28T09:40:00Z\"]");
    String get = (String) slot.get(2);
    List<Object> notUploaded = kite.send("c-obj", bin("o-1", get, "a.pdf", "application/pdf", 4));
    assertThat(notUploaded.get(0)).isEqualTo("ERR");
    assertThat((String) notUploaded.get(1)).contains("No file was uploaded to this URL");

    assertThat(put((String) slot.get(3), "application/pdf", "%PDF".getBytes())).isEqualTo(200);
    assertThat(kite.send("c-obj", bin("o-1", get, "a.png", "image/png", 4)))
        .containsExactly("ERR", "⛔ The uploaded file is application/pdf, not image/png", 400);

    // an object the signed PUT could not have stored (put behind the URL's back): refused by size
    String key = URI.create(get).getPath().substring(kite.bucket.length() + 2);
    String bigKey = key.replace("a.pdf", "big.png");
    try (S3Client s3 =
        S3Client.builder()
            .endpointOverride(TestEngines.s3().endpoint())
            .region(Region.of(TestEngines.REGION))
            .credentialsProvider(
                StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(S3Engine.ACCESS_KEY, S3Engine.SECRET_KEY)))
            .forcePathStyle(true)
            .httpClient(UrlConnectionHttpClient.create())
            .build()) {
      s3.putObject(
          b -> b.bucket(kite.bucket).key(bigKey).contentType("image/png"),
          RequestBody.fromBytes(new byte[5 * 1024 * 1024 + 1]));
    }
    String bigUrl = get.replace("a.pdf", "big.png");
    kite.telegram.clear();
    assertThat(kite.send("c-obj", bin("o-2", bigUrl, "big.png", "image/png", 10)))
        .containsExactly(
            "ERR",
            "⛔ The provided content is too large. Allowed max size: 5120KB but actual size: 5121KB",
            400);
    assertThat(kite.telegram.calls("sendPhoto")).isEmpty();

    String stale = get.replaceFirst("/\\d{4}-\\d{2}-\\d{2}/", "/2020-01-01/");
    assertThat(kite.send("c-obj", bin("o-4", stale, "a.pdf", "application/pdf", 4)))
        .containsExactly(
            "ERR",
            "⛔ This upload is too old to send: upload the file again (UPL, PUT, then BIN)",
            400);
    assertThat(kite.send("c-obj", bin("o-3", get, "a.pdf", "application/pdf", 999)).get(0))
        .isEqualTo("ACK");
    assertThat(kite.telegram.calls("sendDocument")).hasSize(1);
  }

  @Test
  void rejoiningFromANewAnonymousSocketRebindsTheMember() {
    kite.connect("c-first", Map.of("c", CHANNEL));
    kite.send("c-first", "[\"JOIN\",\"Visitor005\",\"Dee\",\"" + CHANNEL + "\"]");
    kite.connect("c-second", Map.of("c", CHANNEL));
    assertThat(kite.send("c-second", "[\"JOIN\",\"Visitor005\",\"Dee\",\"" + CHANNEL + "\"]"))
        .containsExactly("OK");
    assertThat(kite.telegram.calls("sendMessage")).as("one join notice only").hasSize(1);
    assertThat(
            kite.send("c-first", "[\"TXT\",\"x\",\"old socket\",\"2026-11-28T09:40:00Z\"]").get(0))
        .as("the old socket no longer speaks for the member")
        .isEqualTo("ERR");
    kite.send("c-second", "[\"TXT\",\"d-1\",\"from the new socket\",\"2026-11-28T09:40:00Z\"]");
    kite.management.clear();
    kite.webhook(Updates.update(Updates.text(HOST_CHAT, "Support", 7, "reply to Dee")));
    assertThat(kite.management.framesTo("c-second")).hasSize(1);
    assertThat(kite.management.framesTo("c-first")).isEmpty();
  }

  @Test
  void aTelegramMembersChatIdNamesNoMemberOnTheWeb() {
    long tgUser = 77001;
    String chatId = Long.toString(tgUser, 36);
    kite.webhook(Updates.update(Updates.text(tgUser, "Tg", tgUser, "/join " + CHANNEL)));
    kite.webhook(Updates.update(Updates.text(tgUser, "Tg", tgUser, "private question")));
    kite.webhook(Updates.update(Updates.text(HOST_CHAT, "Support", 7, "private answer")));
    kite.management.clear();

    for (String id : List.of("tg_" + chatId, "TG_" + chatId)) {
      List<Object> join = kite.send("c-tg1", "[\"JOIN\",\"" + id + "\",null,\"" + CHANNEL + "\"]");
      assertThat(join.get(0)).isEqualTo("ERR");
      assertThat((String) join.get(1)).contains("not starting with 'tg_'");
      assertThat(kite.connect("c-tg2", Map.of("c", CHANNEL, "m", id)).number("statusCode"))
          .contains(404L);
    }
    // the bare chat id is just another web id: a new web member, not the Telegram one
    assertThat(kite.send("c-tg3", "[\"JOIN\",\"" + chatId + "\",null,\"" + CHANNEL + "\"]"))
        .containsExactly("OK");
    assertThat(kite.management.pushes())
        .as("no history of the Telegram member reaches the socket")
        .noneMatch(p -> p.frame().contains("private"));
    kite.telegram.clear();
    kite.webhook(Updates.update(Updates.text(HOST_CHAT, "Support", 7, "second answer")));
    assertThat(kite.telegram.callsTo(tgUser))
        .extracting(TelegramStub.Call::text)
        .containsExactly("second answer");
  }

  @Test
  void aScriptJoiningManyVisitorsCannotFloodTheHostGroup() {
    int joins = 25; // more than two minutes' budget, so the bound shows even across a minute edge
    for (int i = 0; i < joins; i++) {
      String id = String.format("Flood%05d", i);
      kite.connect("c-fl" + i, Map.of("c", CHANNEL));
      assertThat(kite.send("c-fl" + i, "[\"JOIN\",\"" + id + "\",null,\"" + CHANNEL + "\"]"))
          .containsExactly("OK");
    }
    List<String> notices =
        kite.telegram.callsTo(HOST_CHAT).stream().map(TelegramStub.Call::text).toList();
    assertThat(notices.stream().filter(t -> t.contains("joined channel")).count())
        .isLessThanOrEqualTo(2L * NoticeBudget.JOINED_PER_MINUTE);
    assertThat(notices)
        .anyMatch(t -> t.startsWith("⚠️ More than " + NoticeBudget.JOINED_PER_MINUTE + " members"));
  }

  @Test
  void disconnectForgetsTheSocket() {
    kite.connect("c-bye", Map.of("c", CHANNEL));
    kite.send("c-bye", "[\"JOIN\",\"Visitor006\",\"Eve\",\"" + CHANNEL + "\"]");
    kite.send("c-bye", "[\"TXT\",\"e-1\",\"bye soon\",\"2026-11-28T09:40:00Z\"]");
    JsonObject gone = kite.disconnect("c-bye");
    assertThat(gone.number("statusCode")).contains(200L);
    assertThat(gone.object("headers").string("Sec-WebSocket-Protocol")).contains("k1te.chat.v1");
    assertThat(kite.disconnect("c-never-seen").number("statusCode")).contains(200L);
    kite.management.clear();
    kite.webhook(Updates.update(Updates.text(HOST_CHAT, "Support", 7, "Eve is offline")));
    assertThat(kite.management.pushes()).isEmpty();
    assertThat(kite.send("c-bye", "[\"TXT\",\"e-2\",\"x\",\"2026-11-28T09:40:00Z\"]").get(0))
        .isEqualTo("ERR");
  }
}
