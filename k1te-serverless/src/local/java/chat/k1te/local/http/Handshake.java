package chat.k1te.local.http;

import java.util.Optional;

/** The answer to a WebSocket upgrade request. */
public sealed interface Handshake {

  /** Completes the upgrade, answering with the given subprotocol if any. */
  record Accepted(Optional<String> subprotocol, WebSocketListener listener) implements Handshake {}

  /** Refuses the upgrade with an ordinary HTTP response. */
  record Refused(HttpResponse response) implements Handshake {}
}
