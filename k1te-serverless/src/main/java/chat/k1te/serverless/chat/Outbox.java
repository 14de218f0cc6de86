package chat.k1te.serverless.chat;

import chat.k1te.contracts.Retention;
import chat.k1te.serverless.chat.Content.File;
import chat.k1te.serverless.chat.Content.StoredFile;
import chat.k1te.serverless.chat.Content.TelegramFile;
import chat.k1te.serverless.chat.Content.Text;
import chat.k1te.serverless.domain.TelegramIds;
import chat.k1te.serverless.files.FileStore;
import chat.k1te.serverless.protocol.Payload;
import chat.k1te.serverless.protocol.PayloadCodec;
import chat.k1te.serverless.telegram.TelegramClient;
import chat.k1te.serverless.ws.WsPusher;
import java.util.Optional;

/** Puts a message on the wire of one connector: a browser socket or a Telegram chat. */
public final class Outbox {
  private final WsPusher ws;
  private final TelegramClient telegram;
  private final FileStore files;

  public Outbox(WsPusher ws, TelegramClient telegram, FileStore files) {
    this.ws = ws;
    this.telegram = telegram;
    this.files = files;
  }

  public TelegramClient telegram() {
    return telegram;
  }

  /**
   * Makes the message browser-ready: a Telegram file is copied into the bucket (its download URL
   * holds the bot token) under the client's prefix.
   */
  public ChatMessage forWeb(ChatMessage m, String channel, String clientId) {
    Content content = withoutExpiredFile(m.content());
    if (content != m.content()) {
      return m.withContent(content);
    }
    if (m.content() instanceof File f && f.ref() instanceof TelegramFile t) {
      byte[] bytes = telegram.download(telegram.filePath(t.fileId()));
      String key = files.newKey(channel, clientId, f.name());
      files.put(key, bytes, f.mimeType());
      return m.withContent(f.withRef(new StoredFile(key)));
    }
    return m;
  }

  /** The frame for a browser; files get a fresh presigned GET URL. Expects {@link #forWeb}. */
  public String webFrame(ChatMessage m) {
    int status = m.fromClient() ? HistoryCodec.CLIENT_STATUS : 0;
    if (m.content() instanceof Text t) {
      return PayloadCodec.encode(new Payload.Txt(m.id(), t.text(), m.created(), status));
    }
    File f = (File) m.content();
    String key = ((StoredFile) f.ref()).key();
    return PayloadCodec.encode(
        new Payload.Bin(
            m.id(),
            files.getUrl(key, f.name()),
            f.name(),
            f.mimeType(),
            f.size(),
            m.created(),
            status));
  }

  /**
   * Pushes a frame that is not a message (an edit, a withdrawal); false when the socket is gone.
   */
  public boolean toWeb(String connectionId, Payload frame) {
    return ws.push(connectionId, PayloadCodec.encode(frame));
  }

  /** Pushes to a socket; false when the socket is gone. */
  public boolean toWeb(String connectionId, ChatMessage browserReady) {
    return ws.push(connectionId, webFrame(browserReady));
  }

  /**
   * A file whose object the bucket's lifecycle removed becomes a text saying so (replayed history
   * can be older than the files it links to); anything else stays as it is.
   */
  Content withoutExpiredFile(Content content) {
    if (content instanceof File f && f.ref() instanceof StoredFile s && files.expired(s.key())) {
      return new Text(expiredFileText(f.name()));
    }
    return content;
  }

  static String expiredFileText(String fileName) {
    return "📎 "
        + fileName
        + " is no longer available: files are kept "
        + Retention.FILE_DAYS
        + " days";
  }

  /** Sends to a Telegram chat with an optional first line; returns the base-36 message id. */
  public String toTelegram(String chatRaw, Content original, Optional<String> prefix) {
    Content content = withoutExpiredFile(original);
    long chat = TelegramIds.decode(chatRaw);
    long id;
    if (content instanceof Text t) {
      id =
          telegram.sendMessage(
              chat, prefix.map(p -> p + "\n").orElse("") + t.text(), Optional.empty());
    } else {
      File f = (File) content;
      String source =
          f.ref() instanceof StoredFile s
              ? files.getUrl(s.key(), f.name())
              : ((TelegramFile) f.ref()).fileId();
      id = telegram.sendFile(chat, source, f.mimeType(), prefix);
    }
    return TelegramIds.encode(id);
  }

  public String notice(String chatRaw, String text) {
    return TelegramIds.encode(
        telegram.sendMessage(TelegramIds.decode(chatRaw), text, Optional.empty()));
  }
}
