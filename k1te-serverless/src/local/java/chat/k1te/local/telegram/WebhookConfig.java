package chat.k1te.local.telegram;

import java.util.List;

/** What {@code setWebhook} registered; an empty {@code allowedUpdates} means Telegram's default. */
public record WebhookConfig(String url, String secretToken, List<String> allowedUpdates) {

  public WebhookConfig {
    allowedUpdates = List.copyOf(allowedUpdates);
  }

  /** Telegram's default (empty list) sends every update type except chat_member and reactions. */
  public boolean allows(String updateType) {
    if (allowedUpdates.isEmpty()) {
      return !List.of("chat_member", "message_reaction", "message_reaction_count")
          .contains(updateType);
    }
    return allowedUpdates.contains(updateType);
  }
}
