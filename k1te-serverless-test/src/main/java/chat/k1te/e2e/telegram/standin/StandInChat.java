package chat.k1te.e2e.telegram.standin;

import chat.k1te.e2e.files.SampleFile;
import chat.k1te.e2e.telegram.TelegramChat;
import chat.k1te.e2e.telegram.TgMessage;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A chat of the local Telegram stand-in, driven through its control API as the person {@code user}
 * would drive a Telegram client.
 *
 * @param title the group's title; empty for a private chat with the bot
 */
public record StandInChat(
    ControlApi api, long chatId, Optional<String> title, StandInUser user, Duration patience)
    implements TelegramChat {

  @Override
  public String userName() {
    return user.firstName();
  }

  @Override
  public TgMessage sendText(String text) {
    return api.postMessage(chatId, message(text, Optional.empty()));
  }

  @Override
  public TgMessage sendCommand(String command, String arguments) {
    return sendText(arguments.isEmpty() ? command : command + " " + arguments);
  }

  @Override
  public TgMessage replyTo(TgMessage message, String text) {
    return api.postMessage(chatId, message(text, Optional.of(message.id())));
  }

  @Override
  public TgMessage sendFile(SampleFile file, String caption) {
    return api.postFile(chatId, file(file, caption, Optional.empty()));
  }

  @Override
  public TgMessage replyWithFile(TgMessage message, SampleFile file, String caption) {
    return api.postFile(chatId, file(file, caption, Optional.of(message.id())));
  }

  @Override
  public List<TgMessage> messages() {
    return api.messages(chatId);
  }

  /**
   * Edits the text of a message this chat's user sent (a stand-in control: Telegram Web is not
   * driven to edit).
   */
  public TgMessage edit(TgMessage message, String text) {
    return api.editMessage(chatId, message.id(), text);
  }

  /** The bytes of a file the bot sent to this chat. */
  public byte[] download(TgMessage message) {
    return api.download(
        message.fileId().orElseThrow(() -> new IllegalArgumentException(message + " has no file")));
  }

  @Override
  public String toString() {
    return "stand-in chat " + chatId + title.map(t -> " '" + t + "'").orElse(" (private)");
  }

  private Map<String, Object> message(String text, Optional<Long> replyTo) {
    Map<String, Object> body = common(replyTo);
    body.put("text", text);
    return body;
  }

  private Map<String, Object> file(SampleFile file, String caption, Optional<Long> replyTo) {
    Map<String, Object> body = common(replyTo);
    body.put("file_name", file.name());
    body.put("mime_type", file.mimeType());
    body.put("content_base64", Base64.getEncoder().encodeToString(file.bytes()));
    if (!caption.isEmpty()) {
      body.put("caption", caption);
    }
    return body;
  }

  private Map<String, Object> common(Optional<Long> replyTo) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("from", Map.of("id", user.id(), "first_name", user.firstName()));
    title.ifPresent(t -> body.put("chat_title", t));
    replyTo.ifPresent(id -> body.put("reply_to_message_id", id));
    return body;
  }
}
