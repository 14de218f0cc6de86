package chat.k1te.local.http;

import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Refuses, with a 4xx naming the problem and before anything is invoked, a request target with a
 * malformed percent-escape (so no handler trips over it when decoding the path or query) and a
 * WebSocket upgrade request that breaks RFC 6455 section 4.2.1: only a {@code GET} with {@code
 * Connection: Upgrade}, version 13 and exactly one {@code Sec-WebSocket-Key} that is base64 of 16
 * bytes is handed on (Jetty alone would serve such a request as a plain GET or accept a key of any
 * form).
 */
final class RequestCheck extends Handler.Wrapper {
  private static final int KEY_BYTES = 16;

  RequestCheck(Handler next) {
    super(next);
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    String target = request.getHttpURI().getPathQuery();
    if (!isPercentEncoded(target)) {
      HttpAdapter.write(
          HttpResponse.text(400, "malformed percent-encoding in request target: " + target),
          response,
          callback);
      return true;
    }
    if (isUpgradeAttempt(request)) {
      Optional<HttpResponse> refusal = problem(request);
      if (refusal.isPresent()) {
        HttpAdapter.write(refusal.get().withHeader("Connection", "close"), response, callback);
        return true;
      }
    }
    return super.handle(request, response, callback);
  }

  private static boolean isUpgradeAttempt(Request request) {
    return request.getHeaders().getValuesList(HttpHeader.UPGRADE).stream()
        .anyMatch(v -> v.toLowerCase().contains("websocket"));
  }

  static Optional<HttpResponse> problem(Request request) {
    if (!request.getMethod().equals("GET")) {
      return Optional.of(
          HttpResponse.text(405, "a WebSocket upgrade must be a GET, not " + request.getMethod())
              .withHeader("Allow", "GET"));
    }
    boolean connectionUpgrade =
        request.getHeaders().getValuesList(HttpHeader.CONNECTION).stream()
            .anyMatch(v -> v.toLowerCase().contains("upgrade"));
    if (!connectionUpgrade) {
      return Optional.of(HttpResponse.text(400, "a WebSocket upgrade needs Connection: Upgrade"));
    }
    List<String> versions = request.getHeaders().getValuesList(HttpHeader.SEC_WEBSOCKET_VERSION);
    if (!versions.equals(List.of("13"))) {
      return Optional.of(
          HttpResponse.text(426, "a WebSocket upgrade needs Sec-WebSocket-Version: 13")
              .withHeader("Sec-WebSocket-Version", "13"));
    }
    List<String> keys = request.getHeaders().getValuesList(HttpHeader.SEC_WEBSOCKET_KEY);
    if (keys.size() != 1 || !isNonce(keys.get(0))) {
      return Optional.of(
          HttpResponse.text(
              400, "a WebSocket upgrade needs one Sec-WebSocket-Key: base64 of 16 bytes"));
    }
    return Optional.empty();
  }

  /** Every {@code %} starts an escape of two hex digits (RFC 3986). */
  private static boolean isPercentEncoded(String target) {
    for (int i = target.indexOf('%'); i >= 0; i = target.indexOf('%', i + 3)) {
      if (i + 2 >= target.length()
          || Character.digit(target.charAt(i + 1), 16) < 0
          || Character.digit(target.charAt(i + 2), 16) < 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean isNonce(String key) {
    if (key.length() != 24) {
      return false;
    }
    try {
      return Base64.getDecoder().decode(key).length == KEY_BYTES;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
