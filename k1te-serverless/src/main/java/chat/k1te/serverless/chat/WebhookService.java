package chat.k1te.serverless.chat;

import chat.k1te.serverless.apigw.ApiEvent;
import chat.k1te.serverless.apigw.ApiResponse;
import chat.k1te.serverless.json.Json;
import chat.k1te.serverless.json.JsonException;
import chat.k1te.serverless.json.JsonObject;
import chat.k1te.serverless.log.Log;
import chat.k1te.serverless.store.UpdateLog;
import chat.k1te.serverless.telegram.TgUpdate;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /tg}: checks the secret header (constant time), processes each {@code update_id}
 * once, answers 200 with an inline Bot API call or {@code {"ok":true}}.
 */
public final class WebhookService {
  public static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

  private final byte[] secret;
  private final UpdateLog updates;
  private final TelegramService telegram;

  public WebhookService(String secret, UpdateLog updates, TelegramService telegram) {
    this.secret = secret.getBytes(StandardCharsets.UTF_8);
    this.updates = updates;
    this.telegram = telegram;
  }

  /** Constant-time comparison of a presented token with the expected one. */
  public static boolean matches(byte[] expected, String presented) {
    return MessageDigest.isEqual(expected, presented.getBytes(StandardCharsets.UTF_8));
  }

  public ApiResponse handle(ApiEvent.Http request) {
    Optional<String> token = request.header(SECRET_HEADER);
    if (token.isEmpty()) {
      return error(401, "missing " + SECRET_HEADER + " header");
    }
    if (!matches(secret, token.get())) {
      return error(403, "wrong " + SECRET_HEADER + " header");
    }
    JsonObject body;
    try {
      body = new JsonObject(Json.parseObject(request.body().orElse("")));
    } catch (JsonException e) {
      return error(400, "the update is not JSON: " + e.getMessage());
    }
    TgUpdate update = TgUpdate.parse(body);
    Log.annotate(
        "update",
        update.myChatMember().isPresent()
            ? "my_chat_member"
            : update.message().isPresent() ? "message" : "other");
    if (update.updateId() < 0) {
      return error(400, "the update has no update_id");
    }
    if (!updates.claim(update.updateId())) {
      return ApiResponse.json(200, Json.write(new WebhookReply.Nothing().toJson()));
    }
    try {
      return ApiResponse.json(200, Json.write(telegram.onUpdate(update).toJson()));
    } catch (RuntimeException e) {
      updates.release(update.updateId()); // let Telegram's retry do the work
      throw e;
    }
  }

  private static ApiResponse error(int status, String message) {
    return ApiResponse.json(status, Json.write(Map.of("error", message)));
  }
}
