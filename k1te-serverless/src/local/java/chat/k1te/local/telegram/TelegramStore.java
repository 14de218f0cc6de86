package chat.k1te.local.telegram;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Chats, messages, pins and files of the stand-in, in memory. Thread-safe. */
public final class TelegramStore {
  private final Map<Long, TgChat> chats = new LinkedHashMap<>();
  private final Map<Long, LinkedHashMap<Long, TgMessage>> messages = new LinkedHashMap<>();
  private final Map<Long, Long> lastMessageId = new LinkedHashMap<>();
  private final Map<String, TgFile> files = new LinkedHashMap<>();
  private long lastUpdateId = 100_000;
  private long fileCount;

  /** The chat, created with that title if new; the boolean of the pair tells whether it was. */
  public synchronized Map.Entry<TgChat, Boolean> ensureChat(long id, String title) {
    TgChat existing = chats.get(id);
    if (existing != null) {
      return Map.entry(existing, false);
    }
    TgChat chat = new TgChat(id, title == null || title.isBlank() ? "Chat " + id : title);
    chats.put(id, chat);
    messages.put(id, new LinkedHashMap<>());
    return Map.entry(chat, true);
  }

  public synchronized TgChat chat(long id) {
    TgChat chat = chats.get(id);
    if (chat == null) {
      throw BotApiException.badRequest("chat not found");
    }
    return chat;
  }

  public synchronized List<TgChat> chats() {
    return List.copyOf(chats.values());
  }

  /** Appends a message with the chat's next message id. */
  public synchronized TgMessage add(
      long chatId,
      TgUser from,
      String text,
      String caption,
      Long replyTo,
      TgFile file,
      boolean photo,
      Long pinnedId) {
    chat(chatId);
    if (replyTo != null && !messages.get(chatId).containsKey(replyTo)) {
      throw BotApiException.badRequest("message to be replied not found");
    }
    long id = lastMessageId.merge(chatId, 1L, Long::sum);
    TgMessage message =
        new TgMessage(
            chatId,
            id,
            from,
            Instant.now().getEpochSecond(),
            text,
            caption,
            replyTo,
            file,
            photo,
            false,
            pinnedId);
    messages.get(chatId).put(id, message);
    return message;
  }

  public synchronized Optional<TgMessage> message(long chatId, long messageId) {
    return Optional.ofNullable(messages.getOrDefault(chatId, new LinkedHashMap<>()).get(messageId));
  }

  public synchronized TgMessage require(long chatId, long messageId, String notFound) {
    chat(chatId);
    return message(chatId, messageId).orElseThrow(() -> BotApiException.badRequest(notFound));
  }

  public synchronized List<TgMessage> messages(long chatId) {
    chat(chatId);
    return new ArrayList<>(messages.get(chatId).values());
  }

  public synchronized void setPinned(long chatId, long messageId, boolean pinned) {
    TgMessage m = require(chatId, messageId, "message to pin not found");
    messages.get(chatId).put(messageId, m.withPinned(pinned));
  }

  /** The most recently pinned message of a chat, if any. */
  public synchronized Optional<TgMessage> lastPinned(long chatId) {
    chat(chatId);
    return messages.get(chatId).values().stream().filter(TgMessage::pinned).reduce((a, b) -> b);
  }

  /** Replaces the text of a message (an edit by its author). */
  public synchronized TgMessage edit(long chatId, long messageId, String text) {
    TgMessage edited = require(chatId, messageId, "message to edit not found").withText(text);
    messages.get(chatId).put(messageId, edited);
    return edited;
  }

  public synchronized void delete(long chatId, long messageId) {
    require(chatId, messageId, "message to delete not found");
    messages.get(chatId).remove(messageId);
  }

  public synchronized TgFile addFile(
      String fileName, String mimeType, byte[] content, boolean photo, int width, int height) {
    fileCount++;
    String fileId = (photo ? "AgAC" : "BQAC") + UUID.randomUUID().toString().replace("-", "");
    String extension = fileName.contains(".") ? fileName.substring(fileName.lastIndexOf('.')) : "";
    String path = (photo ? "photos/file_" : "documents/file_") + fileCount + extension;
    TgFile file =
        new TgFile(fileId, "AQAD" + fileCount, fileName, mimeType, content, path, width, height);
    files.put(fileId, file);
    return file;
  }

  public synchronized Optional<TgFile> file(String fileId) {
    return Optional.ofNullable(files.get(fileId));
  }

  public synchronized Optional<TgFile> fileByPath(String path) {
    return files.values().stream().filter(f -> f.filePath().equals(path)).findFirst();
  }

  public synchronized long nextUpdateId() {
    return ++lastUpdateId;
  }
}
