package chat.k1te.serverless.packaging;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** API Gateway v2 events as Lambda receives them, for the packaging tests and the benchmarks. */
public final class LambdaEvents {
  private LambdaEvents() {}

  /** A WebSocket {@code $default} route event carrying one text frame. */
  public static String webSocketMessage(String connectionId, String frame) {
    Map<String, Object> context = new LinkedHashMap<>();
    context.put("routeKey", "$default");
    context.put("eventType", "MESSAGE");
    context.put("messageDirection", "IN");
    context.put("stage", "local");
    context.put("connectionId", connectionId);
    context.put("requestId", "req-" + connectionId);
    context.put("domainName", "127.0.0.1");
    context.put("apiId", "local");
    context.put("requestTimeEpoch", 1_795_000_000_000L);
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("requestContext", context);
    event.put("body", frame);
    event.put("isBase64Encoded", false);
    try {
      return JSON.std.asString(event);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
