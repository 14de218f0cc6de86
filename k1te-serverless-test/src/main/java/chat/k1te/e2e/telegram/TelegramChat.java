package chat.k1te.e2e.telegram;

import chat.k1te.e2e.files.SampleFile;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

/**
 * One Telegram chat as its human user sees it: what they send and what they read. Implemented by
 * the local Telegram stand-in (control API) and by Telegram Web (real Telegram).
 */
public interface TelegramChat {

  /** The first name the chat's user shows to the bot (it appears in join/left notices). */
  String userName();

  TgMessage sendText(String text);

  /** Sends {@code /command arguments}, addressed to the bot where the chat needs that. */
  TgMessage sendCommand(String command, String arguments);

  /** Answers {@code message} with Telegram's Reply. */
  TgMessage replyTo(TgMessage message, String text);

  /** Sends a document (or a photo, for jpeg/png), optionally as a reply. */
  TgMessage sendFile(SampleFile file, String caption);

  TgMessage replyWithFile(TgMessage message, SampleFile file, String caption);

  /** The chat's recent messages, oldest first. */
  List<TgMessage> messages();

  /** How long the await methods wait. */
  Duration patience();

  default TgMessage sendCommand(String command) {
    return sendCommand(command, "");
  }

  /** Waits until a message matches; fails listing what the chat showed. */
  default TgMessage awaitMessage(String description, Predicate<TgMessage> condition) {
    return Awaiting.until(
        this::messages, condition, "a message " + description + " in " + this, patience());
  }

  /** Waits for a bot message after {@code sent} that contains {@code fragment}. */
  default TgMessage awaitBotReply(TgMessage sent, String fragment) {
    return awaitMessage(
        "from the bot after #" + sent.id() + " containing '" + fragment + "'",
        m -> m.fromBot() && m.isAfter(sent) && m.contains(fragment));
  }

  /** Waits for a bot message containing {@code fragment}. */
  default TgMessage awaitBotMessage(String fragment) {
    return awaitMessage(
        "from the bot containing '" + fragment + "'", m -> m.fromBot() && m.contains(fragment));
  }

  /** Waits until {@code message} shows the pinned state {@code pinned}. */
  default TgMessage awaitPinned(TgMessage message, boolean pinned) {
    return awaitMessage(
        "#" + message.id() + (pinned ? " pinned" : " not pinned"),
        m -> m.id() == message.id() && m.pinned() == pinned);
  }
}
