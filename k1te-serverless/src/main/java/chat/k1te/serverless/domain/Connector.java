package chat.k1te.serverless.domain;

/** Where a member's connection lives: a browser socket or a Telegram chat. */
public enum Connector {
  WS("ws"),
  TG("tg");

  private final String id;

  Connector(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static Connector of(String id) {
    for (Connector c : values()) {
      if (c.id.equals(id)) {
        return c;
      }
    }
    throw new IllegalArgumentException("unknown connector " + id);
  }
}
