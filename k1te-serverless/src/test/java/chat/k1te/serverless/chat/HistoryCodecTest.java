package chat.k1te.serverless.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class HistoryCodecTest {
  static final Instant T = Instant.parse("2026-11-28T09:40:00Z");

  @Test
  void filesAreStoredByReferenceNeverByUrl() throws Exception {
    ChatMessage fromTelegram =
        new ChatMessage(
            "7",
            new Content.File(new Content.TelegramFile("FILE_ID"), "a.pdf", "application/pdf", 3),
            T,
            false);
    String stored = HistoryCodec.encode(fromTelegram);
    assertThat(stored)
        .isEqualTo(
            "[\"BIN\",\"7\",\"tg:FILE_ID\",\"a.pdf\",\"application/pdf\",3,\"2026-11-28T09:40:00Z\"]");
    assertThat(HistoryCodec.decode(stored)).isEqualTo(fromTelegram);
    ChatMessage upload =
        new ChatMessage(
            "m",
            new Content.File(
                new Content.StoredFile("c/m/2026-11-28/x-a.png"), "a.png", "image/png", 3),
            T,
            true);
    assertThat(HistoryCodec.encode(upload))
        .contains("\"s3:c/m/2026-11-28/x-a.png\"")
        .endsWith(",2]");
    assertThat(HistoryCodec.decode(HistoryCodec.encode(upload))).isEqualTo(upload);
    ChatMessage text = new ChatMessage("m", new Content.Text("hi"), T, true);
    assertThat(HistoryCodec.decode(HistoryCodec.encode(text))).isEqualTo(text);
    assertThatThrownBy(
            () ->
                HistoryCodec.decode(
                    "[\"BIN\",\"7\",\"https://x\",\"a\",\"b\",1,\"2026-11-28T09:40:00Z\"]"))
        .hasMessageContaining("neither s3: nor tg:");
  }
}
