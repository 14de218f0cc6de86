package chat.k1te.ci.smoke;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Connects to a random channel that cannot exist. The backend looks the channel up in DynamoDB on
 * {@code $connect} and refuses with 404, so that answer proves the whole path (API Gateway → the
 * dispatcher Lambda → DynamoDB) on a stage that hosts no channel yet — a first deploy.
 */
final class UnknownChannelCheck {
  private static final SecureRandom RANDOM = new SecureRandom();

  private UnknownChannelCheck() {}

  /** A valid channel name nobody hosts: {@code smoke-} and 16 random hex digits. */
  static String randomChannel() {
    byte[] bytes = new byte[8];
    RANDOM.nextBytes(bytes);
    return "smoke-" + HexFormat.of().formatHex(bytes);
  }

  static CheckResult run(URI withChannel, Duration timeout) {
    String name =
        "WebSocket connect " + withChannel + " (a channel nobody hosts) is refused with 404";
    HttpClient http = HttpClient.newBuilder().connectTimeout(timeout).build();
    try {
      WebSocket socket =
          http.newWebSocketBuilder()
              .subprotocols(WebSocketCheck.SUBPROTOCOL)
              .connectTimeout(timeout)
              .buildAsync(withChannel, new WebSocket.Listener() {})
              .get(timeout.toMillis() * 2, TimeUnit.MILLISECONDS);
      socket.abort();
      return CheckResult.fail(name, "the connect was accepted: the stage does not check channels");
    } catch (ExecutionException | CompletionException e) {
      if (e.getCause() instanceof WebSocketHandshakeException handshake) {
        int status = handshake.getResponse().statusCode();
        return status == 404
            ? CheckResult.pass(name, "HTTP 404")
            : CheckResult.fail(name, "expected 404, got HTTP " + status);
      }
      return CheckResult.fail(name, "no HTTP answer (" + e.getCause() + ")");
    } catch (TimeoutException e) {
      return CheckResult.fail(name, "no answer within " + timeout.toMillis() * 2 + " ms");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return CheckResult.fail(name, "interrupted");
    }
  }
}
