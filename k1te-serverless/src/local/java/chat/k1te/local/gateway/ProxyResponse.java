package chat.k1te.local.gateway;

import chat.k1te.local.Json;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a Lambda proxy integration returned: {@code {statusCode, headers, body, isBase64Encoded}}.
 * Output that is not such an object is taken, as API Gateway takes it for payload 2.0, as a 200
 * JSON body.
 */
record ProxyResponse(
    int statusCode, Map<String, String> headers, Optional<String> body, boolean base64) {

  static ProxyResponse parse(String output) {
    Object parsed;
    try {
      parsed = output.isBlank() ? null : Json.read(output);
    } catch (IllegalArgumentException e) {
      parsed = null;
    }
    if (parsed instanceof Map<?, ?> map && map.containsKey("statusCode")) {
      Map<String, String> headers = new LinkedHashMap<>();
      if (map.get("headers") instanceof Map<?, ?> h) {
        h.forEach((k, v) -> headers.put(String.valueOf(k), String.valueOf(v)));
      }
      Object body = map.get("body");
      return new ProxyResponse(
          ((Number) map.get("statusCode")).intValue(),
          headers,
          Optional.ofNullable(body).map(b -> b instanceof String s ? s : Json.write(b)),
          Boolean.TRUE.equals(map.get("isBase64Encoded")));
    }
    return new ProxyResponse(
        200,
        Map.of("Content-Type", "application/json"),
        output.isEmpty() ? Optional.empty() : Optional.of(output),
        false);
  }

  Optional<String> header(String name) {
    return headers.entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(name))
        .map(Map.Entry::getValue)
        .findFirst();
  }

  byte[] bodyBytes() {
    return body.map(
            b ->
                base64
                    ? Base64.getDecoder().decode(b)
                    : b.getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .orElse(new byte[0]);
  }
}
