package chat.k1te.local.http;

/** Events of one accepted WebSocket. */
public interface WebSocketListener {
  void onOpen(WebSocket socket);

  void onText(WebSocket socket, String text);

  /** A binary message (API Gateway hands it on base64-encoded). */
  void onBinary(WebSocket socket, byte[] data);

  /** Called once, whoever closed. */
  void onClose(WebSocket socket, int code, String reason);
}
