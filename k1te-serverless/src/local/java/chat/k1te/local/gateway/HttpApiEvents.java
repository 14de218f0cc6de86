package chat.k1te.local.gateway;

import chat.k1te.local.http.Header;
import chat.k1te.local.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Builds HTTP API payload 2.0 events: the route's proxy event and the REQUEST authorizer event. */
final class HttpApiEvents {
  /** Bodies of these types reach the Lambda as text; others base64-encoded. */
  private static final Pattern TEXT_TYPES =
      Pattern.compile(
          "(text/.*|application/(json|xml|javascript|x-www-form-urlencoded)|.*\\+(json|xml))(;.*)?",
          Pattern.CASE_INSENSITIVE);

  private final String apiId;
  private final String stage;

  HttpApiEvents(String apiId, String stage) {
    this.apiId = apiId;
    this.stage = stage;
  }

  Map<String, Object> request(String routeKey, HttpRequest request) {
    Map<String, Object> event = common(routeKey, request);
    if (request.body().length > 0) {
      boolean text =
          request.header("Content-Type").map(t -> TEXT_TYPES.matcher(t).matches()).orElse(false);
      event.put(
          "body",
          text
              ? new String(request.body(), StandardCharsets.UTF_8)
              : Base64.getEncoder().encodeToString(request.body()));
      event.put("isBase64Encoded", !text);
    } else {
      event.put("isBase64Encoded", false);
    }
    return event;
  }

  Map<String, Object> authorizer(
      String routeKey, HttpRequest request, List<String> identitySource) {
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("version", "2.0");
    event.put("type", "REQUEST");
    event.put(
        "routeArn",
        "arn:aws:execute-api:us-east-1:000000000000:"
            + apiId
            + "/"
            + stage
            + "/"
            + routeKey.replace(' ', '/'));
    event.put("identitySource", identitySource);
    event.putAll(common(routeKey, request));
    return event;
  }

  private Map<String, Object> common(String routeKey, HttpRequest request) {
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("version", "2.0");
    event.put("routeKey", routeKey);
    event.put("rawPath", request.path());
    event.put("rawQueryString", request.rawQuery());
    Map<String, String> headers = new LinkedHashMap<>();
    List<String> cookies = new ArrayList<>();
    for (Header h : request.headers()) {
      String name = h.name().toLowerCase(java.util.Locale.ROOT);
      if (name.equals("cookie")) {
        cookies.addAll(List.of(h.value().split(";\\s*")));
        continue;
      }
      headers.merge(name, h.value(), (a, b) -> a + "," + b);
    }
    headers.put("x-forwarded-for", request.remoteAddress());
    headers.put("x-forwarded-proto", "http");
    if (!cookies.isEmpty()) {
      event.put("cookies", cookies);
    }
    event.put("headers", headers);
    Map<String, List<String>> query = request.queryParameters();
    if (!query.isEmpty()) {
      Map<String, String> joined = new LinkedHashMap<>();
      query.forEach((k, v) -> joined.put(k, String.join(",", v)));
      event.put("queryStringParameters", joined);
    }
    Instant now = Instant.now();
    String domain = WebSocketEvents.domain(request);
    Map<String, Object> http = new LinkedHashMap<>();
    http.put("method", request.method());
    http.put("path", request.path());
    http.put("protocol", request.protocol());
    http.put("sourceIp", request.remoteAddress());
    http.put("userAgent", request.header("User-Agent").orElse(""));
    Map<String, Object> context = new LinkedHashMap<>();
    context.put("accountId", "000000000000");
    context.put("apiId", apiId);
    context.put("domainName", domain);
    context.put("domainPrefix", domain.split("[.:]")[0]);
    context.put("http", http);
    context.put("requestId", RequestIds.requestId());
    context.put("routeKey", routeKey);
    context.put("stage", stage);
    context.put("time", RequestIds.requestTime(now));
    context.put("timeEpoch", now.toEpochMilli());
    event.put("requestContext", context);
    return event;
  }
}
