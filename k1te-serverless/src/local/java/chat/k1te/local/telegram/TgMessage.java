package chat.k1te.local.telegram;

/**
 * A message of a chat. {@code file} is a document or, when {@code photo}, a photo; {@code
 * pinnedMessageId} marks the service message announcing a pin.
 */
public record TgMessage(
    long chatId,
    long messageId,
    TgUser from,
    long date,
    String text,
    String caption,
    Long replyToMessageId,
    TgFile file,
    boolean photo,
    boolean pinned,
    Long pinnedMessageId) {

  TgMessage withPinned(boolean value) {
    return new TgMessage(
        chatId,
        messageId,
        from,
        date,
        text,
        caption,
        replyToMessageId,
        file,
        photo,
        value,
        pinnedMessageId);
  }

  TgMessage withText(String value) {
    return new TgMessage(
        chatId,
        messageId,
        from,
        date,
        value,
        caption,
        replyToMessageId,
        file,
        photo,
        pinned,
        pinnedMessageId);
  }

  boolean isService() {
    return pinnedMessageId != null;
  }
}
