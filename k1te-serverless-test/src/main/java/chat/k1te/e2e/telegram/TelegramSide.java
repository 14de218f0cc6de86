package chat.k1te.e2e.telegram;

/**
 * The operators' side of Kite: Telegram chats. Local: every call makes a fresh chat in the
 * stand-in. Dev: the two pre-existing groups named by the settings, in Telegram Web.
 */
public interface TelegramSide extends AutoCloseable {

  /** A group chat where the bot is an administrator, for {@code /host}. */
  TelegramChat hostChat();

  /** Another chat, for a member who {@code /join}s or switches from the widget. */
  TelegramChat memberChat();

  @Override
  void close();
}
