package chat.k1te.local.telegram;

import chat.k1te.local.Json;
import chat.k1te.local.http.HttpRequest;
import chat.k1te.local.http.HttpResponse;
import chat.k1te.local.http.Multipart;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What tests and the operator page do as Telegram users: post a message or a file into a chat
 * (delivered to the webhook, answered once the webhook answered) and read a chat's messages.
 */
final class ControlApi {
  private static final long DEFAULT_USER_ID = 1001;
  private final TelegramStore store;
  private final BotMethods methods;
  private final WebhookDelivery delivery;
  private final TgUser bot;

  ControlApi(TelegramStore store, BotMethods methods, WebhookDelivery delivery, TgUser bot) {
    this.store = store;
    this.methods = methods;
    this.delivery = delivery;
    this.bot = bot;
  }

  HttpResponse chats() {
    return HttpResponse.json(200, store.chats().stream().map(TgChat::toJson).toList());
  }

  HttpResponse messages(long chatId, boolean withService) {
    return HttpResponse.json(
        200,
        store.messages(chatId).stream()
            .filter(m -> withService || !m.isService())
            .map(BotApiJson::control)
            .toList());
  }

  HttpResponse postMessage(long chatId, HttpRequest request) throws Exception {
    Map<String, Object> body = Json.readObject(request.bodyText());
    Object text = body.get("text");
    if (!(text instanceof String s) || s.isBlank()) {
      return error(400, "field 'text' is required and must be a non-empty string");
    }
    BotParams params = BotParams.of(body);
    TgUser from = user(chatId, body.get("from"));
    enterChat(chatId, params.string("chat_title").orElse(null), from);
    TgMessage message =
        store.add(chatId, from, s, null, params.replyTo().orElse(null), null, false, null);
    return deliver(message);
  }

  /** The author edits the text of a message: Telegram sends an {@code edited_message} update. */
  HttpResponse editMessage(long chatId, long messageId, HttpRequest request) throws Exception {
    Map<String, Object> body = Json.readObject(request.bodyText());
    if (!(body.get("text") instanceof String text) || text.isBlank()) {
      return error(400, "field 'text' is required and must be a non-empty string");
    }
    TgMessage edited = store.edit(chatId, messageId, text);
    Map<String, Object> json = new LinkedHashMap<>(methods.json(edited));
    json.put("edit_date", System.currentTimeMillis() / 1000);
    int status = delivery.deliver("edited_message", json).get(60, TimeUnit.SECONDS);
    Map<String, Object> answer = new LinkedHashMap<>(BotApiJson.control(edited));
    answer.put("webhook_status", status);
    return HttpResponse.json(200, answer);
  }

  HttpResponse postFile(long chatId, HttpRequest request) throws Exception {
    Map<String, Object> fields = new LinkedHashMap<>();
    byte[] content;
    String fileName;
    String mimeType;
    if (Multipart.isMultipart(request)) {
      Multipart.Part file = null;
      for (Multipart.Part part : Multipart.parse(request)) {
        if (part.fileName().isPresent()) {
          file = part;
        } else {
          fields.put(part.name(), part.text());
        }
      }
      if (file == null) {
        return error(400, "multipart body has no file part");
      }
      content = file.content();
      fileName = (String) fields.getOrDefault("file_name", file.fileName().get());
      mimeType =
          (String)
              fields.getOrDefault(
                  "mime_type", file.contentType().orElse("application/octet-stream"));
      if (fields.get("from") instanceof String f && !f.isBlank()) {
        fields.put("from", Json.read(f));
      }
    } else {
      fields.putAll(Json.readObject(request.bodyText()));
      if (!(fields.get("content_base64") instanceof String b64)) {
        return error(400, "field 'content_base64' is required");
      }
      content = Base64.getDecoder().decode(b64);
      fileName = String.valueOf(fields.getOrDefault("file_name", "file"));
      mimeType = String.valueOf(fields.getOrDefault("mime_type", "application/octet-stream"));
    }
    BotParams params = BotParams.of(fields);
    boolean photo =
        params
            .string("kind")
            .map("photo"::equals)
            .orElse(List.of("image/jpeg", "image/png").contains(mimeType));
    TgUser from = user(chatId, fields.get("from"));
    enterChat(chatId, params.string("chat_title").orElse(null), from);
    TgFile file = methods.files().store(fileName, mimeType, content, photo);
    String caption = params.string("caption").filter(c -> !c.isEmpty()).orElse(null);
    TgMessage message =
        store.add(chatId, from, null, caption, params.replyTo().orElse(null), file, photo, null);
    return deliver(message);
  }

  HttpResponse file(String fileId) {
    return store
        .file(fileId)
        .map(
            f ->
                HttpResponse.of(200, f.mimeType(), f.content())
                    .withHeader(
                        "Content-Disposition",
                        "attachment; filename=\"" + f.fileName().replace("\"", "") + "\""))
        .orElse(error(404, "no file with id " + fileId));
  }

  /** A chat seen for the first time: the user added the bot to it (a my_chat_member update). */
  private void enterChat(long chatId, String title, TgUser from) throws Exception {
    var entry = store.ensureChat(chatId, chatId > 0 ? from.firstName() : title);
    if (entry.getValue() && chatId < 0) {
      Map<String, Object> change = new LinkedHashMap<>();
      change.put("chat", entry.getKey().toJson());
      change.put("from", from.toJson());
      change.put("date", System.currentTimeMillis() / 1000);
      change.put("old_chat_member", Map.of("user", bot.toJson(), "status", "left"));
      change.put("new_chat_member", Map.of("user", bot.toJson(), "status", "member"));
      delivery.deliver("my_chat_member", change).get(60, TimeUnit.SECONDS);
    }
  }

  private HttpResponse deliver(TgMessage message) throws Exception {
    int status = delivery.deliver("message", methods.json(message)).get(60, TimeUnit.SECONDS);
    Map<String, Object> json =
        new LinkedHashMap<>(
            BotApiJson.control(
                store.message(message.chatId(), message.messageId()).orElse(message)));
    json.put("webhook_status", status);
    return HttpResponse.json(200, json);
  }

  private static TgUser user(long chatId, Object from) {
    long defaultId = chatId > 0 ? chatId : DEFAULT_USER_ID;
    if (from instanceof Map<?, ?> map) {
      Object id = map.get("id");
      Object name = map.get("first_name");
      Object username = map.get("username");
      return new TgUser(
          id instanceof Number n ? n.longValue() : defaultId,
          false,
          name == null ? "Operator" : String.valueOf(name),
          username == null ? null : String.valueOf(username));
    }
    return new TgUser(defaultId, false, "Operator", null);
  }

  static HttpResponse error(int status, String description) {
    return HttpResponse.json(
        status, Map.of("ok", false, "error_code", status, "description", description));
  }
}
