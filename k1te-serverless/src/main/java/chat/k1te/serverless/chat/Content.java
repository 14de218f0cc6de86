package chat.k1te.serverless.chat;

/** What a message carries, independent of where it goes. */
public sealed interface Content {
  record Text(String text) implements Content {}

  record File(FileRef ref, String name, String mimeType, long size) implements Content {
    public File withRef(FileRef newRef) {
      return new File(newRef, name, mimeType, size);
    }
  }

  /** Where a file's bytes are: our bucket, or Telegram (then it must be copied for browsers). */
  sealed interface FileRef {}

  record StoredFile(String key) implements FileRef {}

  record TelegramFile(String fileId) implements FileRef {}
}
