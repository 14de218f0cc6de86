package chat.k1te.local.http;

import org.eclipse.jetty.websocket.server.ServerUpgradeRequest;
import org.eclipse.jetty.websocket.server.ServerUpgradeResponse;
import org.eclipse.jetty.websocket.server.WebSocketCreator;

/**
 * Lets the {@link WebSocketAcceptor} decide each upgrade: a refusal is written as the handshake's
 * HTTP response (its status reaches the client, e.g. 404 for an unknown channel), an acceptance
 * answers with the chosen subprotocol.
 */
final class SocketCreator implements WebSocketCreator {
  private final WebSocketAcceptor acceptor;

  SocketCreator(WebSocketAcceptor acceptor) {
    this.acceptor = acceptor;
  }

  @Override
  public Object createWebSocket(
      ServerUpgradeRequest request,
      ServerUpgradeResponse response,
      org.eclipse.jetty.util.Callback callback) {
    Handshake handshake;
    try {
      handshake = acceptor.accept(HttpAdapter.toRecord(request, new byte[0]));
    } catch (RuntimeException e) {
      e.printStackTrace();
      handshake =
          new Handshake.Refused(
              HttpResponse.text(500, "Internal error: " + e.getClass().getSimpleName()));
    }
    if (handshake instanceof Handshake.Accepted accepted) {
      accepted.subprotocol().ifPresent(response::setAcceptedSubProtocol);
      return new SocketEndpoint(accepted.listener());
    }
    HttpAdapter.write(((Handshake.Refused) handshake).response(), response, callback);
    return null;
  }
}
