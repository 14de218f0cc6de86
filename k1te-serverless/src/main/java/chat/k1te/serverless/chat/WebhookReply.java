package chat.k1te.serverless.chat;

import java.util.LinkedHashMap;
import java.util.Map;

/** What the webhook answers: nothing, or one Bot API call executed by Telegram (inline reply). */
public sealed interface WebhookReply {
  record Nothing() implements WebhookReply {}

  record SendMessage(long chatId, String text) implements WebhookReply {}

  record DeleteMessage(long chatId, long messageId) implements WebhookReply {}

  static WebhookReply text(long chatId, String text) {
    return new SendMessage(chatId, text);
  }

  /** The JSON body: a method call, or {@code {"ok":true}}. */
  default Map<String, Object> toJson() {
    Map<String, Object> out = new LinkedHashMap<>();
    if (this instanceof SendMessage s) {
      out.put("method", "sendMessage");
      out.put("chat_id", s.chatId());
      out.put("text", s.text());
    } else if (this instanceof DeleteMessage d) {
      out.put("method", "deleteMessage");
      out.put("chat_id", d.chatId());
      out.put("message_id", d.messageId());
    } else {
      out.put("ok", true);
    }
    return out;
  }
}
