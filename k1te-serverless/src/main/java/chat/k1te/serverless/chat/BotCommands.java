package chat.k1te.serverless.chat;

import chat.k1te.serverless.domain.Connector;
import chat.k1te.serverless.domain.KiteException;
import chat.k1te.serverless.domain.Member;
import chat.k1te.serverless.domain.TelegramIds;
import chat.k1te.serverless.telegram.TgUpdate.TgMessage;
import java.util.Optional;

/** The bot's commands (docs/behaviour.md#commands-and-deep-links); replies are plain text. */
public final class BotCommands {
  static final String HELP =
      String.join(
          "\n",
          "This bot allows to set up support channel in the current chat.",
          "",
          "/host <channel> - make this chat the host of a new channel; visitors of the web chat",
          "  with this channel name talk to this chat",
          "/drop - delete the channel this chat hosts",
          "/join <channel> - join a channel as a member and talk to its host",
          "/leave - leave the channel you joined",
          "/info - what this chat is part of",
          "/help - this text",
          "",
          "Channel names have 8 to 32 characters: letters, digits, '-' and '_'.",
          "Host replies go to the client who wrote last; use Reply on a message to answer"
              + " another client.");

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

  /** Runs a command and returns the reply text; a failure is answered with "⛔ reason". */
  public String run(String command, String argument, TgMessage message) {
    try {
      return dispatch(command, argument, message);
    } catch (KiteException e) {
      return "⛔ " + e.getMessage();
    }
  }

  private String dispatch(String command, String argument, TgMessage message) {
    String chat = TelegramIds.encode(message.chat().id());
    switch (command) {
      case "/help":
        return HELP;
      case "/start":
        return start(argument, message, chat);
      case "/host":
        return host(argument, message, chat);
      case "/join":
        return join(argument, message, chat);
      case "/leave":
        return "✅ You left channel " + memberships.leave(chat);
      case "/drop":
        return "✅ You dropped channel " + channels.drop(chat);
      case "/info":
        return info(chat, message);
      default:
        return "⛔ Unsupported command " + command;
    }
  }

  private String start(String argument, TgMessage message, String chat) {
    if (argument.isEmpty()) {
      return HELP;
    }
    if (!argument.contains("__")) {
      return join(argument, message, chat);
    }
    String[] parts = argument.split("__", -1);
    switch (parts[0]) {
      case "host":
        if (parts.length == 2) {
          return host(parts[1], message, chat);
        }
        break;
      case "join":
        if (parts.length == 2) {
          return join(parts[1], message, chat);
        }
        if (parts.length == 3) {
          Member member = memberships.switchToTelegram(parts[1], parts[2], chat);
          replay.toTelegram(member, chat);
          return "✅ You switched to Telegram";
        }
        break;
      default:
        throw KiteException.badRequest("Unsupported subCommand " + parts[0]);
    }
    throw KiteException.badRequest("Malformed deep link " + argument);
  }

  private String host(String channel, TgMessage message, String chat) {
    String title =
        message.chat().title().orElseGet(() -> message.from().map(u -> u.displayName()).orElse(""));
    boolean created = channels.host(channel, chat, title);
    String url = wsPublicUrl + "?c=" + channel;
    return created
        ? "✅ Created channel " + channel + ". Use URL " + url + " to configure k1te chat frontend"
        : "✅ This chat already hosts channel "
            + channel
            + ". Use URL "
            + url
            + " to configure k1te chat frontend";
  }

  private String join(String channel, TgMessage message, String chat) {
    String name =
        message.from().map(u -> u.displayName()).orElse(message.chat().title().orElse(chat));
    memberships.joinTelegram(channel, chat, name);
    return "✅ You joined channel " + channel;
  }

  private String info(String chat, TgMessage message) {
    Optional<Member> member = memberships.byConnection(Connector.TG, chat);
    if (member.isEmpty()) {
      return "You don't have any channels at the moment. To join one, use /join channelName;"
          + " to create your own, use /host channelName.";
    }
    Member m = member.get();
    String name = message.from().map(u -> u.displayName()).orElse(m.userName());
    if (m.host()) {
      return "Hello, "
          + name
          + "!\nYou are a Host of the "
          + m.channelName()
          + " channel.\nMessages of its clients arrive here; reply to a message to answer its"
          + " sender, or just write to answer the client who wrote last.";
    }
    return "Hello, "
        + name
        + "!\nYou are a Member of the "
        + m.channelName()
        + " channel.\nWhat you write here goes to the channel's host.";
  }
}
