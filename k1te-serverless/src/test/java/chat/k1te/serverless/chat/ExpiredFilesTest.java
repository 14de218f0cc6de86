package chat.k1te.serverless.chat;

import static org.assertj.core.api.Assertions.assertThat;

import chat.k1te.contracts.Retention;
import chat.k1te.serverless.chat.Content.File;
import chat.k1te.serverless.chat.Content.StoredFile;
import chat.k1te.serverless.chat.Content.Text;
import chat.k1te.serverless.files.FileStore;
import chat.k1te.serverless.store.HistoryStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

/** Files in replayed history, with the clock moved: reachable while history is, then a notice. */
class ExpiredFilesTest {
  static final Instant UPLOADED = Instant.parse("2026-01-10T23:30:00Z");
  static final String KEY = "chan/Visitor1/2026-01-10/abcdefghij-report.pdf";

  private static Outbox outboxAt(Instant now) {
    FileStore files =
        new FileStore((S3Client) null, null, "bucket-1", Clock.fixed(now, ZoneOffset.UTC));
    return new Outbox(null, null, files);
  }

  private static ChatMessage message() {
    return new ChatMessage(
        "m-1", new File(new StoredFile(KEY), "report.pdf", "application/pdf", 5), UPLOADED, true);
  }

  @Test
  void aFileStaysAsLongAsTheHistoryThatLinksToItCanBeRead() {
    // the history item was written a day after the upload (the latest a BIN may name it)
    Instant lastHistoryDay =
        UPLOADED.plus(Duration.ofDays(1)).plus(HistoryStore.RETENTION).minusSeconds(1);
    assertThat(outboxAt(lastHistoryDay).forWeb(message(), "chan", "Visitor1").content())
        .isInstanceOf(File.class);
    assertThat(Retention.FILE_DAYS).isGreaterThan(Retention.HISTORY_DAYS);
  }

  @Test
  void aFileTheLifecycleRemovedIsReplayedAsAClearNotice() {
    Instant gone = UPLOADED.plus(Duration.ofDays(Retention.FILE_DAYS + 1));
    Content replayed = outboxAt(gone).forWeb(message(), "chan", "Visitor1").content();
    assertThat(replayed)
        .isEqualTo(
            new Text(
                "📎 report.pdf is no longer available: files are kept "
                    + Retention.FILE_DAYS
                    + " days"));
  }
}
