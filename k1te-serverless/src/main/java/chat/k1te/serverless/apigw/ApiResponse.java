package chat.k1te.serverless.apigw;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The response API Gateway expects back from a Lambda integration. */
public record ApiResponse(int statusCode, Map<String, String> headers, Optional<String> body) {
  public static final String SUBPROTOCOL = "k1te.chat.v1";

  public ApiResponse {
    headers = Map.copyOf(headers);
  }

  /** A WebSocket route response: the subprotocol echoed, the frame (if any) as the body. */
  public static ApiResponse webSocket(int status, Optional<String> frame) {
    return new ApiResponse(status, Map.of("Sec-WebSocket-Protocol", SUBPROTOCOL), frame);
  }

  public static ApiResponse json(int status, String json) {
    return new ApiResponse(status, Map.of("Content-Type", "application/json"), Optional.of(json));
  }

  public Map<String, Object> toJson() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("statusCode", statusCode);
    out.put("headers", headers);
    body.ifPresent(b -> out.put("body", b));
    out.put("isBase64Encoded", false);
    return out;
  }
}
