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
 * once, answers 200 with an inline Bot API call or {@code {"ok":true}}. An update either completes
 * (2xx) or fails before any visible side effect (5xx: Telegram redelivers it); a redelivered update
 * whose message went out answers 2xx without sending it again.
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
    String key = UpdateLog.updateKey(update.updateId());
    UpdateLog.Progress progress = updates.begin(key);
    if (progress instanceof UpdateLog.Progress.Done done) {
      return ApiResponse.json(200, done.answer()); // the first answer was lost: answer it again
    }
    if (progress instanceof UpdateLog.Progress.Delivered) {
      return ok(new WebhookReply.Nothing()); // its message went out: nothing to repeat
    }
    if (progress instanceof UpdateLog.Progress.InProgress) {
      return error(503, "update " + update.updateId() + " is being processed; retry later");
    }
    Attempt attempt = Attempt.claimed(updates, key);
    WebhookReply reply;
    try {
      reply = telegram.onUpdate(update, attempt);
    } catch (RuntimeException e) {
      if (!attempt.delivered()) {
        updates.release(key); // nothing visible happened: Telegram's retry does the work
        Log.error("webhook update failed", e, Map.of("updateId", update.updateId()));
        return error(500, "update " + update.updateId() + " failed; Telegram redelivers it");
      }
      Log.warn("webhook update failed after delivery", e, Map.of("updateId", update.updateId()));
      reply = new WebhookReply.Nothing();
    }
    String answer = Json.write(reply.toJson());
    Bookkeeping.quietly("answer of update " + update.updateId(), () -> updates.finish(key, answer));
    return ApiResponse.json(200, answer);
  }

  private static ApiResponse ok(WebhookReply reply) {
    return ApiResponse.json(200, Json.write(reply.toJson()));
  }

  private static ApiResponse error(int status, String message) {
    return ApiResponse.json(status, Json.write(Map.of("error", message)));
  }
}
