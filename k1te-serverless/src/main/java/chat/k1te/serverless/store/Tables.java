package chat.k1te.serverless.store;

import chat.k1te.contracts.tables.KiteTables;

/** The physical table names of one stage. */
public record Tables(
    String channels,
    String members,
    String connections,
    String messages,
    String updates,
    String telegramLinks) {

  public static Tables of(String stage) {
    return new Tables(
        KiteTables.CHANNELS.tableName(stage),
        KiteTables.MEMBERS.tableName(stage),
        KiteTables.CONNECTIONS.tableName(stage),
        KiteTables.MESSAGES.tableName(stage),
        KiteTables.UPDATES.tableName(stage),
        KiteTables.TELEGRAM_LINKS.tableName(stage));
  }
}
