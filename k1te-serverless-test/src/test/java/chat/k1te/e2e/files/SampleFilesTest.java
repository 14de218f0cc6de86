package chat.k1te.e2e.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample files are what their media type says, so real Telegram accepts them too. */
class SampleFilesTest {

  @Test
  void imagesDecode() throws Exception {
    for (SampleFile image :
        new SampleFile[] {
          SampleFiles.jpeg("a.jpg"), SampleFiles.png("a.png"), SampleFiles.gif("a.gif")
        }) {
      assertThat(ImageIO.read(new ByteArrayInputStream(image.bytes())))
          .as(image.toString())
          .isNotNull()
          .extracting(i -> i.getWidth())
          .isEqualTo(64);
    }
  }

  @Test
  void containersStartWithTheirMagic() throws Exception {
    assertThat(new String(SampleFiles.pdf("a.pdf").bytes(), 0, 5)).isEqualTo("%PDF-");
    assertThat(new String(SampleFiles.webp("a.webp").bytes(), 8, 4)).isEqualTo("WEBP");
    assertThat(new String(SampleFiles.mp4("a.mp4").bytes(), 4, 8)).isEqualTo("ftypisom");
    try (ZipInputStream zip =
        new ZipInputStream(new ByteArrayInputStream(SampleFiles.zip("a.zip").bytes()))) {
      assertThat(zip.getNextEntry().getName()).isEqualTo("hello.txt");
    }
  }

  @Test
  void oversizedFileHasExactlyTheAskedSizeAndKeepsItsHeader(@TempDir Path dir) throws Exception {
    SampleFile jpeg = SampleFiles.jpeg("x");
    Path big = SampleFiles.oversized(dir, jpeg, "big.jpg", 5L * SampleFiles.MB + 1);
    assertThat(Files.size(big)).isEqualTo(5L * SampleFiles.MB + 1);
    byte[] head = new byte[jpeg.size()];
    try (var in = Files.newInputStream(big)) {
      assertThat(in.readNBytes(head, 0, head.length)).isEqualTo(head.length);
    }
    assertThat(head).isEqualTo(jpeg.bytes());
  }
}
