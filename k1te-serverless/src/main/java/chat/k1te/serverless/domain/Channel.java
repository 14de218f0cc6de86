package chat.k1te.serverless.domain;

/**
 * A support line hosted by one Telegram chat ({@code hostId} = base-36 chat id); {@code language}
 * is the one the bot's notices to the host chat are written in (that of the user who hosted it).
 */
public record Channel(String name, String hostId, Language language) {}
