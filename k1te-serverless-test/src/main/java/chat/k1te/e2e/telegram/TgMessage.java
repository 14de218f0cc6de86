package chat.k1te.e2e.telegram;

import java.util.Optional;

/**
 * A message as seen in a Telegram chat.
 *
 * @param id the chat's message id (grows with time in one chat)
 * @param fromBot sent by the Kite bot (otherwise by a person in the chat)
 * @param text text or caption, empty when there is none
 * @param replyToId the message this one replies to
 * @param pinned currently pinned in the chat
 * @param photo the attachment is a photo (Telegram's own picture message, not a document)
 * @param fileName name of the attached document, if any
 * @param mimeType type of the attached document or photo, if any
 * @param fileId Telegram file id of the attachment, if any
 */
public record TgMessage(
    long id,
    boolean fromBot,
    String text,
    Optional<Long> replyToId,
    boolean pinned,
    boolean photo,
    Optional<String> fileName,
    Optional<String> mimeType,
    Optional<String> fileId) {

  public boolean contains(String fragment) {
    return text.contains(fragment);
  }

  public boolean isAfter(TgMessage other) {
    return id > other.id;
  }

  public boolean hasFile() {
    return fileId.isPresent() || fileName.isPresent() || mimeType.isPresent();
  }

  @Override
  public String toString() {
    return "#"
        + id
        + (fromBot ? " bot" : " user")
        + (pinned ? " pinned" : "")
        + (photo ? " photo" : "")
        + replyToId.map(r -> " reply-to " + r).orElse("")
        + fileName.map(f -> " file=" + f).orElse("")
        + mimeType.map(t -> " type=" + t).orElse("")
        + " '"
        + text.replace("\n", "\\n")
        + "'";
  }
}
