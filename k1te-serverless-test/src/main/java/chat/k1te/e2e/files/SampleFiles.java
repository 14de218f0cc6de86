package chat.k1te.e2e.files;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/** Small valid sample files, made at run time, one per media type Kite accepts. */
public final class SampleFiles {
  /** A 1x1 lossy WebP (RIFF/VP8), the smallest well-formed WebP picture. */
  private static final String WEBP_1X1 = "UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA";

  public static final int KB = 1024;
  public static final int MB = 1024 * KB;

  private SampleFiles() {}

  public static SampleFile pdf(String name) {
    String body =
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 100]>>endobj\n"
            + "trailer<</Root 1 0 R>>\n%%EOF\n";
    return new SampleFile(name, "application/pdf", body.getBytes(StandardCharsets.US_ASCII));
  }

  public static SampleFile zip(String name) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("hello.txt"));
      zip.write("hello from the kite e2e suite\n".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new SampleFile(name, "application/zip", out.toByteArray());
  }

  public static SampleFile jpeg(String name) {
    return new SampleFile(name, "image/jpeg", image("jpg"));
  }

  public static SampleFile png(String name) {
    return new SampleFile(name, "image/png", image("png"));
  }

  public static SampleFile gif(String name) {
    return new SampleFile(name, "image/gif", image("gif"));
  }

  public static SampleFile webp(String name) {
    return new SampleFile(name, "image/webp", Base64.getDecoder().decode(WEBP_1X1));
  }

  /** An ISO base media file with just its ftyp box and an empty mdat: enough to be an mp4. */
  public static SampleFile mp4(String name) {
    byte[] ftyp = box("ftyp", "isom\0\0\2\0isomiso2mp41".getBytes(StandardCharsets.ISO_8859_1));
    byte[] mdat = box("mdat", new byte[0]);
    byte[] bytes = Arrays.copyOf(ftyp, ftyp.length + mdat.length);
    System.arraycopy(mdat, 0, bytes, ftyp.length, mdat.length);
    return new SampleFile(name, "video/mp4", bytes);
  }

  /** A plain text file: a media type Kite does not accept. */
  public static SampleFile text(String name) {
    return new SampleFile(
        name,
        "text/plain",
        "plain text is not a Kite media type\n".getBytes(StandardCharsets.UTF_8));
  }

  /** {@code sample} padded with zero bytes to exactly {@code size} bytes. */
  public static SampleFile padded(SampleFile sample, String name, int size) {
    if (size < sample.size()) {
      throw new IllegalArgumentException("cannot pad " + sample + " down to " + size + " bytes");
    }
    return new SampleFile(name, sample.mimeType(), Arrays.copyOf(sample.bytes(), size));
  }

  /**
   * Writes {@code sample}'s bytes followed by a hole up to {@code size} bytes into {@code dir}: a
   * sparse file, so making a 20 MB file costs nothing, and the browser reads it from disk (a path
   * is not copied through Playwright's driver connection, a byte array would be).
   */
  public static Path oversized(Path dir, SampleFile sample, String name, long size) {
    Path file = dir.resolve(name);
    try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
      out.write(sample.bytes());
      out.setLength(size);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  private static byte[] image(String format) {
    BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setColor(new Color(0x1E88E5));
      g.fillRect(0, 0, 64, 48);
      g.setColor(Color.WHITE);
      g.fillOval(16, 8, 32, 32);
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(image, format, out)) {
        throw new IllegalStateException("no ImageIO writer for " + format);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static byte[] box(String type, byte[] payload) {
    int size = 8 + payload.length;
    byte[] box = new byte[size];
    box[0] = (byte) (size >>> 24);
    box[1] = (byte) (size >>> 16);
    box[2] = (byte) (size >>> 8);
    box[3] = (byte) size;
    System.arraycopy(type.getBytes(StandardCharsets.US_ASCII), 0, box, 4, 4);
    System.arraycopy(payload, 0, box, 8, payload.length);
    return box;
  }
}
