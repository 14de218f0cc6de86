package chat.k1te.serverless.telegram;

import chat.k1te.serverless.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What Telegram's {@code getWebhookInfo} says about the bot's webhook: where it points, how many
 * updates wait, and the last delivery error. Telegram keeps the last error after deliveries
 * recover, so only a recent one counts.
 */
public record WebhookStatus(
    String url,
    long pendingUpdates,
    Optional<Instant> lastErrorDate,
    Optional<String> lastErrorMessage) {

  public static WebhookStatus of(Object getWebhookInfoResult) {
    JsonObject info = JsonObject.of(getWebhookInfoResult);
    return new WebhookStatus(
        info.string("url").orElse(""),
        info.number("pending_update_count").orElse(0L),
        info.number("last_error_date").map(Instant::ofEpochSecond),
        info.string("last_error_message"));
  }

  /**
   * Why the webhook is failing, if it is: it does not point at {@code expectedUrl} (removed, or set
   * by another deployment of the same bot), or Telegram failed to deliver within {@code window}
   * before {@code now}.
   */
  public Optional<String> failure(String expectedUrl, Instant now, Duration window) {
    if (!url.equals(expectedUrl)) {
      return Optional.of(
          url.isEmpty() ? "no webhook is set" : "the webhook points elsewhere: " + url);
    }
    return lastErrorDate
        .filter(date -> date.isAfter(now.minus(window)))
        .map(date -> "Telegram could not deliver at " + date + ": " + lastErrorMessage.orElse("?"));
  }
}
