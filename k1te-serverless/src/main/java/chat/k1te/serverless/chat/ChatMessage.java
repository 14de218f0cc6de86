package chat.k1te.serverless.chat;

import java.time.Instant;

/**
 * A message on its way between two members.
 *
 * @param id the origin's id (widget message id, or base-36 Telegram message id)
 * @param fromClient true when a client (not the host) sent it
 */
public record ChatMessage(String id, Content content, Instant created, boolean fromClient) {
  public ChatMessage withContent(Content newContent) {
    return new ChatMessage(id, newContent, created, fromClient);
  }

  public ChatMessage withId(String newId) {
    return new ChatMessage(newId, content, created, fromClient);
  }
}
