package chat.k1te.contracts.tables;

import java.util.List;
import java.util.Optional;

/** The tables of one Kite chat stage. */
public final class KiteTables {
  private KiteTables() {}

  /** Channels by name, and the reverse item {@code host:<hostId>} → channel name. */
  public static final TableDefinition CHANNELS =
      new TableDefinition(
          "Channels", KeyAttribute.string("name"), Optional.empty(), List.of(), Optional.empty());

  /** Members of a channel. */
  public static final TableDefinition MEMBERS =
      new TableDefinition(
          "Members",
          KeyAttribute.string("channelName"),
          Optional.of(KeyAttribute.string("id")),
          List.of(),
          Optional.empty());

  /** Connection ({@code ws}/{@code tg} raw id) → member. */
  public static final TableDefinition CONNECTIONS =
      new TableDefinition(
          "Connections",
          KeyAttribute.string("connector"),
          Optional.of(KeyAttribute.string("rawId")),
          List.of(),
          Optional.empty());

  /** Message history per client member, ordered by time through the MessageTime index. */
  public static final TableDefinition MESSAGES =
      new TableDefinition(
          "Messages",
          KeyAttribute.string("id"),
          Optional.of(KeyAttribute.string("messageId")),
          List.of(new LocalIndex("MessageTime", KeyAttribute.string("time"))),
          Optional.of("ttl"));

  /**
   * Telegram {@code update_id}s already handled, so a redelivered update is processed once; items
   * expire after a day through {@code ttl}.
   */
  public static final TableDefinition UPDATES =
      new TableDefinition(
          "Updates",
          KeyAttribute.string("updateId"),
          Optional.empty(),
          List.of(),
          Optional.of("ttl"));

  /**
   * One-time tokens a web visitor's session is given to continue in Telegram ({@code /start
   * join__<channel>__<token>}); each is deleted when used and expires through {@code ttl}.
   */
  public static final TableDefinition TELEGRAM_LINKS =
      new TableDefinition(
          "TelegramLinks",
          KeyAttribute.string("token"),
          Optional.empty(),
          List.of(),
          Optional.of("ttl"));

  /** Every table of a stage. */
  public static final List<TableDefinition> ALL =
      List.of(CHANNELS, MEMBERS, CONNECTIONS, MESSAGES, UPDATES, TELEGRAM_LINKS);
}
