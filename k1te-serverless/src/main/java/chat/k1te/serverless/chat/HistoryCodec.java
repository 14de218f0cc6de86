package chat.k1te.serverless.chat;

import chat.k1te.serverless.chat.Content.File;
import chat.k1te.serverless.chat.Content.StoredFile;
import chat.k1te.serverless.chat.Content.TelegramFile;
import chat.k1te.serverless.chat.Content.Text;
import chat.k1te.serverless.protocol.Payload;
import chat.k1te.serverless.protocol.PayloadCodec;
import chat.k1te.serverless.protocol.ProtocolException;

/**
 * Stored history items: the wire frame (TXT/BIN, status 2 for client messages) where a file URL is
 * a reference {@code s3:<key>} or {@code tg:<file_id>} — never a presigned or token-bearing URL, so
 * replay signs fresh URLs and no secret is persisted.
 */
public final class HistoryCodec {
  static final int CLIENT_STATUS = 2;

  private HistoryCodec() {}

  public static String encode(ChatMessage m) {
    int status = m.fromClient() ? CLIENT_STATUS : 0;
    if (m.content() instanceof Text t) {
      return PayloadCodec.encode(new Payload.Txt(m.id(), t.text(), m.created(), status));
    }
    File f = (File) m.content();
    String ref =
        f.ref() instanceof StoredFile s
            ? "s3:" + s.key()
            : "tg:" + ((TelegramFile) f.ref()).fileId();
    return PayloadCodec.encode(
        new Payload.Bin(m.id(), ref, f.name(), f.mimeType(), f.size(), m.created(), status));
  }

  public static ChatMessage decode(String stored) throws ProtocolException {
    Payload.Message m = PayloadCodec.decodeMessage(stored);
    boolean fromClient = m.status() == CLIENT_STATUS;
    if (m instanceof Payload.Txt t) {
      return new ChatMessage(t.messageId(), new Text(t.text()), t.created(), fromClient);
    }
    Payload.Bin b = (Payload.Bin) m;
    Content.FileRef ref;
    if (b.url().startsWith("s3:")) {
      ref = new StoredFile(b.url().substring(3));
    } else if (b.url().startsWith("tg:")) {
      ref = new TelegramFile(b.url().substring(3));
    } else {
      throw new ProtocolException("stored file reference is neither s3: nor tg:");
    }
    return new ChatMessage(
        b.messageId(),
        new File(ref, b.fileName(), b.fileType(), b.fileSize()),
        b.created(),
        fromClient);
  }
}
