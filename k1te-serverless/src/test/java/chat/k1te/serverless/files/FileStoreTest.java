package chat.k1te.serverless.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

class FileStoreTest {
  final FileStore store =
      new FileStore(
          (S3Client) null,
          null,
          "bucket-1",
          Clock.fixed(Instant.parse("2026-11-28T23:59:59Z"), ZoneOffset.ofHours(5)));

  @Test
  void keysAreDatedInUtcUniqueAndSanitized() {
    String a = store.newKey("chan", "mem", "../../etc/pass wd.pdf");
    String b = store.newKey("chan", "mem", "../../etc/pass wd.pdf");
    assertThat(a).matches("chan/mem/2026-11-28/[a-z0-9]{10}-_.._etc_pass_wd.pdf");
    assertThat(a).isNotEqualTo(b);
    assertThat(FileStore.sanitize("отчёт.pdf")).isEqualTo("_____.pdf");
    assertThat(FileStore.sanitize("...")).isEqualTo("file");
    assertThat(FileStore.sanitize("x".repeat(150) + ".pdf")).hasSize(100).endsWith(".pdf");
  }

  @Test
  void aMessageMayNameOnlyAnUploadOfTodayOrYesterday() {
    assertThat(store.freshUpload("c/m/2026-11-28/x-a.pdf")).isTrue();
    assertThat(store.freshUpload("c/m/2026-11-27/x-a.pdf")).isTrue();
    assertThat(store.freshUpload("c/m/2026-11-26/x-a.pdf")).isFalse();
    assertThat(store.freshUpload("c/m/not-a-day/x-a.pdf")).isFalse();
    assertThat(store.expired("c/m/2026-11-26/x-a.pdf")).isFalse();
    assertThat(store.expired("c/m/2025-01-01/x-a.pdf")).isTrue();
  }

  @Test
  void onlyOurOwnUrlsMapBackToKeys() {
    assertThat(store.keyOf("http://127.0.0.1:9000/bucket-1/c/m/d/x-a.pdf?X-Amz-Signature=1"))
        .contains("c/m/d/x-a.pdf");
    assertThat(store.keyOf("https://bucket-1.s3.eu-north-1.amazonaws.com/c/m/d/x-a.pdf?sig"))
        .contains("c/m/d/x-a.pdf");
    assertThat(store.keyOf("https://other.s3.amazonaws.com/c/m/d/x-a.pdf")).isEmpty();
    assertThat(store.keyOf("http://127.0.0.1/bucket-1/../x")).isEmpty();
    assertThat(store.keyOf("not a url")).isEmpty();
  }

  @Test
  void contentDispositionKeepsTheOriginalNameSafely() {
    assertThat(FileStore.contentDisposition("звіт \"1\".pdf"))
        .isEqualTo(
            "inline; filename=\"____ _1_.pdf\"; filename*=UTF-8''%D0%B7%D0%B2%D1%96%D1%82%20%221%22.pdf");
  }
}
