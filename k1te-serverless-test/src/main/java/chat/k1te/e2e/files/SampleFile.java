package chat.k1te.e2e.files;

import com.microsoft.playwright.options.FilePayload;

/** A file a test sends, with the media type the browser or Telegram declares for it. */
public record SampleFile(String name, String mimeType, byte[] bytes) {

  public FilePayload toPayload() {
    return new FilePayload(name, mimeType, bytes);
  }

  public int size() {
    return bytes.length;
  }

  @Override
  public String toString() {
    return name + " (" + mimeType + ", " + bytes.length + " bytes)";
  }
}
