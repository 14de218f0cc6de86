package chat.k1te.serverless.domain;

/** A support line hosted by one Telegram chat ({@code hostId} = base-36 chat id). */
public record Channel(String name, String hostId) {}
