package chat.k1te.local.http;

/** Decides about WebSocket upgrade requests. */
@FunctionalInterface
public interface WebSocketAcceptor {
  Handshake accept(HttpRequest upgradeRequest);
}
