package chat.k1te.local.http;

/** Events of one accepted WebSocket. */
public interface WebSocketListener {
  void onOpen(WebSocket socket);

  void onText(WebSocket socket, String text);

  /** Called once, whoever closed; {@code socket} is null when the upgrade itself failed. */
  void onClose(WebSocket socket, int code, String reason);
}
