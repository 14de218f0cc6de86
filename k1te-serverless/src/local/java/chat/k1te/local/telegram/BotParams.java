package chat.k1te.local.telegram;

import chat.k1te.local.Json;
import chat.k1te.local.http.HttpRequest;
import chat.k1te.local.http.Multipart;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parameters of a Bot API call, from any of the four ways Telegram accepts them: query string,
 * urlencoded form, JSON, multipart (where files are parts). JSON-valued fields of forms (e.g.
 * {@code reply_parameters}) are parsed.
 */
record BotParams(Map<String, Object> values, Map<String, Multipart.Part> files) {

  static BotParams of(Map<String, Object> values) {
    return new BotParams(values, Map.of());
  }

  static BotParams from(HttpRequest request) {
    Map<String, Object> values = new LinkedHashMap<>();
    Map<String, Multipart.Part> files = new LinkedHashMap<>();
    request.queryParameters().forEach((k, v) -> values.put(k, v.get(0)));
    String type = request.header("Content-Type").orElse("").toLowerCase();
    if (Multipart.isMultipart(request)) {
      for (Multipart.Part part : Multipart.parse(request)) {
        if (part.fileName().isPresent()) {
          files.put(part.name(), part);
        } else {
          values.put(part.name(), part.text());
        }
      }
    } else if (type.startsWith("application/json") && request.body().length > 0) {
      values.putAll(Json.readObject(request.bodyText()));
    } else if (type.startsWith("application/x-www-form-urlencoded")) {
      HttpRequest.parseForm(new String(request.body(), StandardCharsets.UTF_8))
          .forEach((k, v) -> values.put(k, v.get(0)));
    }
    return new BotParams(values, files);
  }

  Optional<String> string(String name) {
    Object v = values.get(name);
    return v == null ? Optional.empty() : Optional.of(String.valueOf(v));
  }

  String requireString(String name) {
    return string(name)
        .filter(s -> !s.isEmpty())
        .orElseThrow(() -> BotApiException.badRequest("parameter " + name + " is required"));
  }

  Optional<Long> number(String name) {
    Object v = values.get(name);
    if (v == null || (v instanceof String s && s.isEmpty())) {
      return Optional.empty();
    }
    if (v instanceof Number n) {
      return Optional.of(n.longValue());
    }
    try {
      return Optional.of(Long.parseLong(String.valueOf(v)));
    } catch (NumberFormatException e) {
      throw BotApiException.badRequest("parameter " + name + " must be a number: " + v);
    }
  }

  long requireNumber(String name) {
    return number(name)
        .orElseThrow(() -> BotApiException.badRequest("parameter " + name + " is required"));
  }

  /** A field that is JSON (an object or array), given as JSON or as a JSON string in a form. */
  Optional<Object> json(String name) {
    Object v = values.get(name);
    if (v instanceof String s && !s.isBlank()) {
      return Optional.of(Json.read(s));
    }
    return Optional.ofNullable(v);
  }

  /** {@code reply_to_message_id} or {@code reply_parameters.message_id}. */
  Optional<Long> replyTo() {
    Optional<Long> direct = number("reply_to_message_id");
    if (direct.isPresent()) {
      return direct;
    }
    return json("reply_parameters")
        .filter(Map.class::isInstance)
        .map(p -> ((Map<?, ?>) p).get("message_id"))
        .map(id -> ((Number) id).longValue());
  }

  Optional<List<?>> list(String name) {
    return json(name).filter(List.class::isInstance).map(l -> (List<?>) l);
  }
}
