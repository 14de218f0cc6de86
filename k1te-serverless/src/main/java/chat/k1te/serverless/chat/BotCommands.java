package chat.k1te.serverless.chat;

import chat.k1te.serverless.domain.BotText;
import chat.k1te.serverless.domain.Connector;
import chat.k1te.serverless.domain.KiteException;
import chat.k1te.serverless.domain.Language;
import chat.k1te.serverless.domain.Member;
import chat.k1te.serverless.domain.TelegramIds;
import chat.k1te.serverless.telegram.TgUpdate.TgMessage;
import java.util.Optional;

/** The bot's commands (docs/behaviour.md#commands-and-deep-links); replies are plain text. */
public final class BotCommands {
  static final String HELP = BotText.HELP.english();

  private final Memberships memberships;
  private final ChannelAdmin channels;
  private final Replay replay;
  private final String wsPublicUrl;

  public BotCommands(
      Memberships memberships, ChannelAdmin channels, Replay replay, String wsPublicUrl) {
    this.memberships = memberships;
    this.channels = channels;
    this.replay = replay;
    this.wsPublicUrl = wsPublicUrl;
  }

  /** The language of the user who sent the message, as Telegram reports it. */
  public static Language languageOf(TgMessage message) {
    return Language.of(message.from().flatMap(u -> u.languageCode()));
  }

  /**
   * Runs a command and returns the reply text in the sender's language; a failure is answered with
   * "⛔ reason".
   */
  public String run(String command, String argument, TgMessage message) {
    Language language = languageOf(message);
    try {
      return dispatch(command, argument, message, language);
    } catch (KiteException e) {
      return "⛔ " + e.reason(language);
    }
  }

  private String dispatch(String command, String argument, TgMessage message, Language language) {
    String chat = TelegramIds.encode(message.chat().id());
    switch (command) {
      case "/help":
        return BotText.HELP.in(language);
      case "/start":
        return start(argument, message, chat, language);
      case "/host":
        return host(argument, message, chat, language);
      case "/join":
        return join(argument, message, chat, language);
      case "/leave":
        return BotText.LEFT.in(language, memberships.leave(chat));
      case "/drop":
        return BotText.DROPPED.in(language, channels.drop(chat));
      case "/info":
        return info(chat, message, language);
      default:
        return "⛔ " + BotText.UNSUPPORTED_COMMAND.in(language, command);
    }
  }

  private String start(String argument, TgMessage message, String chat, Language language) {
    if (argument.isEmpty()) {
      return BotText.HELP.in(language);
    }
    if (!argument.contains("__")) {
      return join(argument, message, chat, language);
    }
    String[] parts = argument.split("__", -1);
    switch (parts[0]) {
      case "host":
        if (parts.length == 2) {
          return host(parts[1], message, chat, language);
        }
        break;
      case "join":
        if (parts.length == 2) {
          return join(parts[1], message, chat, language);
        }
        if (parts.length == 3) {
          Member member = memberships.switchToTelegram(parts[1], parts[2], chat);
          replay.toTelegram(member, chat, language);
          return BotText.SWITCHED.in(language);
        }
        break;
      default:
        throw KiteException.badRequest(BotText.UNSUPPORTED_SUBCOMMAND, parts[0]);
    }
    throw KiteException.badRequest(BotText.MALFORMED_DEEP_LINK, argument);
  }

  private String host(String channel, TgMessage message, String chat, Language language) {
    String title =
        message.chat().title().orElseGet(() -> message.from().map(u -> u.displayName()).orElse(""));
    boolean created = channels.host(channel, chat, title, language);
    String url = wsPublicUrl + "?c=" + channel;
    return (created ? BotText.CHANNEL_CREATED : BotText.CHANNEL_HOSTED_ALREADY)
        .in(language, channel, url);
  }

  private String join(String channel, TgMessage message, String chat, Language language) {
    String name =
        message.from().map(u -> u.displayName()).orElse(message.chat().title().orElse(chat));
    memberships.joinTelegram(channel, chat, name);
    return BotText.JOINED.in(language, channel);
  }

  private String info(String chat, TgMessage message, Language language) {
    Optional<Member> member = memberships.byConnection(Connector.TG, chat);
    if (member.isEmpty()) {
      return BotText.INFO_NONE.in(language);
    }
    Member m = member.get();
    String name = message.from().map(u -> u.displayName()).orElse(m.userName());
    return (m.host() ? BotText.INFO_HOST : BotText.INFO_MEMBER).in(language, name, m.channelName());
  }
}
