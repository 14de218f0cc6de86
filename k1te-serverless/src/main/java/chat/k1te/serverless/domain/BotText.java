package chat.k1te.serverless.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every text the bot writes into Telegram, in each {@link Language}; {@code {0}}, {@code {1}} are
 * filled in order. A constant cannot lack a language (the constructor takes both), so a new text is
 * translated when it is added.
 */
public enum BotText {
  HELP(
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
          "/delete - as a reply to your message a client received: withdraw it from the client",
          "/help - this text",
          "",
          "Channel names have 8 to 32 characters: letters, digits, '-' and '_'.",
          "Host replies go to the client who wrote last; use Reply on a message to answer"
              + " another client."),
      String.join(
          "\n",
          "Цей бот дозволяє налаштувати канал підтримки в поточному чаті.",
          "",
          "/host <канал> - зробити цей чат хостом нового каналу; відвідувачі веб-чату",
          "  з цією назвою каналу спілкуються з цим чатом",
          "/drop - видалити канал, який розміщує цей чат",
          "/join <канал> - приєднатися до каналу як учасник і писати його хосту",
          "/leave - вийти з каналу, до якого ви приєдналися",
          "/info - до чого належить цей чат",
          "/delete - у відповідь на ваше повідомлення, яке отримав клієнт: відкликати його",
          "/help - цей текст",
          "",
          "Назва каналу має від 8 до 32 символів: літери, цифри, '-' та '_'.",
          "Відповіді хоста йдуть клієнту, який писав останнім; щоб відповісти іншому клієнту,"
              + " скористайтеся «Відповісти» на його повідомленні.")),
  CHANNEL_CREATED(
      "✅ Created channel {0}. Use URL {1} to configure k1te chat frontend",
      "✅ Канал {0} створено. Вкажіть URL {1} у налаштуваннях вебчату k1te"),
  CHANNEL_HOSTED_ALREADY(
      "✅ This chat already hosts channel {0}. Use URL {1} to configure k1te chat frontend",
      "✅ Цей чат уже розміщує канал {0}. Вкажіть URL {1} у налаштуваннях вебчату k1te"),
  JOINED("✅ You joined channel {0}", "✅ Ви приєдналися до каналу {0}"),
  LEFT("✅ You left channel {0}", "✅ Ви вийшли з каналу {0}"),
  DROPPED("✅ You dropped channel {0}", "✅ Ви видалили канал {0}"),
  SWITCHED("✅ You switched to Telegram", "✅ Ви перейшли в Telegram"),
  INFO_NONE(
      "You don't have any channels at the moment. To join one, use /join channelName; to create"
          + " your own, use /host channelName.",
      "Зараз у вас немає жодного каналу. Щоб приєднатися до каналу, надішліть /join назваКаналу;"
          + " щоб створити власний, — /host назваКаналу."),
  INFO_HOST(
      "Hello, {0}!\nYou are a Host of the {1} channel.\nMessages of its clients arrive here;"
          + " reply to a message to answer its sender, or just write to answer the client who"
          + " wrote last.",
      "Вітаємо, {0}!\nВи хост каналу {1}.\nПовідомлення його клієнтів надходять сюди; відповідайте"
          + " на повідомлення, щоб написати його автору, або просто пишіть, щоб відповісти"
          + " клієнту, який писав останнім."),
  INFO_MEMBER(
      "Hello, {0}!\nYou are a Member of the {1} channel.\nWhat you write here goes to the"
          + " channel's host.",
      "Вітаємо, {0}!\nВи учасник каналу {1}.\nТе, що ви пишете тут, отримує хост каналу."),
  UNSUPPORTED_COMMAND("Unsupported command {0}", "Непідтримувана команда {0}"),
  UNSUPPORTED_SUBCOMMAND("Unsupported subCommand {0}", "Непідтримувана підкоманда {0}"),
  MALFORMED_DEEP_LINK("Malformed deep link {0}", "Неправильне посилання {0}"),
  BOT_ADDED("✅ You successfully added {0}", "✅ Ви успішно додали {0}"),
  BOT_ADMIN(
      "✅ {0} is an administrator now: it can pin unanswered messages",
      "✅ {0} тепер адміністратор: він може закріплювати повідомлення без відповіді"),
  NOT_IN_A_CHANNEL(
      "You are not in a channel yet. Use /join channelName, or /help",
      "Ви ще не в каналі. Надішліть /join назваКаналу або /help"),
  UNSUPPORTED_MESSAGE("unsupported message type", "непідтримуваний тип повідомлення"),
  NO_ROUTE(
      "Cannot dispatch request, no route found",
      "Неможливо доставити повідомлення: немає отримувача"),
  CHANNEL_NOT_FOUND("Channel not found", "Канал не знайдено"),
  YOU_HOST_THIS_CHANNEL("You are the host of channel {0}", "Ви хост каналу {0}"),
  HOSTS_ANOTHER_CHANNEL(
      "This chat hosts channel {0} and cannot join another",
      "Цей чат розміщує канал {0} і не може приєднатися до іншого"),
  ALREADY_MEMBER(
      "You are already a member of channel {0}. Use /leave first",
      "Ви вже учасник каналу {0}. Спершу надішліть /leave"),
  CHAT_HOSTS_A_CHANNEL(
      "This chat hosts a channel and cannot become a member",
      "Цей чат розміщує канал і не може стати учасником"),
  MEMBER_NOT_FOUND("Not found member", "Учасника не знайдено"),
  HOST_CANNOT_BE_MOVED(
      "A channel's host cannot be moved by a link",
      "Хоста каналу не можна перенести за посиланням"),
  CHAT_IN_OTHER_CHANNEL(
      "This chat is already in channel {0}. Use /leave first",
      "Цей чат уже в каналі {0}. Спершу надішліть /leave"),
  NOT_A_MEMBER("You are not a member of any channel", "Ви не учасник жодного каналу"),
  HOST_CANNOT_LEAVE(
      "Host member cannot leave channel. You can only drop it",
      "Хост не може вийти з каналу. Його можна лише видалити"),
  NAME_WITH_SEPARATOR(
      "Invalid channel name {0}: '__' separates deep-link parts and cannot be used",
      "Неприпустима назва каналу {0}: '__' розділяє частини посилання, його не можна вживати"),
  CHAT_IS_A_MEMBER(
      "This chat is a member of channel {0}. Use /leave first",
      "Цей чат — учасник каналу {0}. Спершу надішліть /leave"),
  NOTHING_TO_DROP(
      "You don't host any channels to drop", "Ви не розміщуєте жодного каналу, щоб його видалити"),
  ONLY_HOST_DROPS("Only host member can drop its channel", "Лише хост може видалити свій канал"),
  NAME_TAKEN("Channel name is already taken", "Назва каналу вже зайнята"),
  ONE_CHANNEL_PER_HOST(
      "You cannot host more than one channel", "Не можна розміщувати більше одного каналу"),
  MISSING_CHANNEL_NAME(
      "Missing channel name. Use a name of 8 to 32 letters, digits, '-' or '_'",
      "Не вказано назву каналу. Використайте від 8 до 32 літер, цифр, '-' або '_'"),
  INVALID_CHANNEL_NAME(
      "Invalid channel name {0}. Use 8 to 32 characters: letters, digits, '-' or '_'",
      "Неприпустима назва каналу {0}. Використайте від 8 до 32 символів: літери, цифри, '-' або"
          + " '_'"),
  LINK_NOT_FROM_WIDGET(
      "This link does not come from the chat widget: use its Telegram button",
      "Це посилання не з вебчату: скористайтеся його кнопкою Telegram"),
  LINK_EXPIRED(
      "This link has expired or was used already: ask the chat widget for a new one",
      "Термін дії посилання минув або його вже використано: отримайте нове у вебчаті"),
  NOTICE_JOINED("✅ {0} joined channel {1}", "✅ {0} приєднується до каналу {1}"),
  NOTICE_LEFT("✅ {0} left channel {1}", "✅ {0} виходить з каналу {1}"),
  NOTICE_SWITCHED("✅ {0} switched to Telegram", "✅ {0} переходить у Telegram"),
  NOTICE_JOINS_PAUSED(
      "⚠️ More than {0} members joined within a minute: further join notices of this minute are"
          + " not shown",
      "⚠️ Понад {0} учасників приєдналися за хвилину: решту сповіщень цієї хвилини не показано"),
  UNRECOVERABLE("⛔ Unable to recover this message", "⛔ Не вдалося відновити це повідомлення");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)}");

  private final String english;
  private final String ukrainian;

  BotText(String english, String ukrainian) {
    this.english = english;
    this.ukrainian = ukrainian;
  }

  /** The text with its placeholders filled in one pass (an argument is never re-read). */
  public String in(Language language, Object... args) {
    Matcher m = PLACEHOLDER.matcher(language == Language.UK ? ukrainian : english);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      int index = Integer.parseInt(m.group(1));
      String value = index < args.length ? String.valueOf(args[index]) : m.group();
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    return m.appendTail(out).toString();
  }

  public String english(Object... args) {
    return in(Language.EN, args);
  }
}
