package chat.k1te.serverless.store;

import static chat.k1te.serverless.store.Attr.n;
import static chat.k1te.serverless.store.Attr.s;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * The progress of operations that their sender retries: Telegram updates (keyed by {@code
 * update_id}; Telegram redelivers until the webhook answers 2xx) and visitor messages (keyed by
 * member and message id; the widget resends after an error or a lost socket). An operation is begun
 * (claimed), then records its irreversible delivery, then its final answer, so that a retry re-uses
 * what was done instead of doing it again.
 */
public final class UpdateLog {
  static final Duration KEEP = Duration.ofDays(1);

  /** Telegram lets a message be edited for 48 hours. */
  static final Duration ROUTES_KEPT = Duration.ofDays(3);

  /**
   * A claim older than this whose holder recorded no delivery is taken over: the holder crashed or
   * timed out (longer than any function timeout).
   */
  static final Duration STALE = Duration.ofMinutes(15);

  /** What {@link #begin} found. */
  public sealed interface Progress {
    /** This call holds the claim: nobody delivered anything for the key yet. */
    record Begun() implements Progress {}

    /** Another attempt holds a fresh claim and has delivered nothing yet. */
    record InProgress() implements Progress {}

    /** An earlier attempt delivered; {@code destinationId} is the id it got. */
    record Delivered(String destinationId) implements Progress {}

    /** An earlier attempt finished and answered {@code answer}. */
    record Done(String answer) implements Progress {}
  }

  private final DynamoDbClient dynamo;
  private final String table;
  private final Clock clock;

  public UpdateLog(DynamoDbClient dynamo, Tables tables, Clock clock) {
    this.dynamo = dynamo;
    this.table = tables.updates();
    this.clock = clock;
  }

  /** The key of a Telegram update. */
  public static String updateKey(long updateId) {
    return Long.toString(updateId);
  }

  /** The key of a visitor's message. */
  public static String messageKey(String channel, String memberId, String messageId) {
    return "ws:" + channel + ":" + memberId + ":" + messageId;
  }

  private static Map<String, AttributeValue> key(String key) {
    return Map.of("updateId", s(key));
  }

  /** Claims the key unless an attempt delivered, finished, or holds a fresh claim. */
  public Progress begin(String key) {
    long now = clock.millis();
    try {
      dynamo.updateItem(
          b ->
              b.tableName(table)
                  .key(key(key))
                  .updateExpression("SET startedAt = :now, #ttl = :ttl")
                  .conditionExpression(
                      "attribute_not_exists(updateId) OR (attribute_not_exists(destination)"
                          + " AND attribute_not_exists(answer) AND startedAt < :stale)")
                  .expressionAttributeNames(Map.of("#ttl", "ttl"))
                  .expressionAttributeValues(
                      Map.of(
                          ":now", n(now),
                          ":stale", n(now - STALE.toMillis()),
                          ":ttl", n(clock.instant().plus(KEEP).getEpochSecond()))));
      return new Progress.Begun();
    } catch (ConditionalCheckFailedException taken) {
      Map<String, AttributeValue> item =
          dynamo.getItem(b -> b.tableName(table).key(key(key)).consistentRead(true)).item();
      if (item == null || item.isEmpty()) {
        return new Progress.InProgress(); // released just now: the sender's retry will claim it
      }
      if (!item.containsKey("startedAt")) {
        return new Progress.Delivered(""); // a claim of the arrival-only format: it was processed
      }
      Optional<String> answer = Attr.string(item, "answer");
      if (answer.isPresent()) {
        return new Progress.Done(answer.get());
      }
      return Attr.string(item, "destination")
          .<Progress>map(Progress.Delivered::new)
          .orElseGet(Progress.InProgress::new);
    }
  }

  /** Records that the claimed operation delivered (to {@code destinationId}). */
  public void delivered(String key, String destinationId) {
    dynamo.updateItem(
        b ->
            b.tableName(table)
                .key(key(key))
                .updateExpression("SET destination = :d")
                .expressionAttributeValues(Map.of(":d", s(destinationId))));
  }

  /** Records the operation's final answer; a retry answers it again. */
  public void finish(String key, String answer) {
    dynamo.updateItem(
        b ->
            b.tableName(table)
                .key(key(key))
                .updateExpression("SET answer = :a")
                .expressionAttributeValues(Map.of(":a", s(answer))));
  }

  /** Remembers to whom a Telegram message went, so that its edit or deletion can follow it. */
  public void routed(String chatRaw, String messageRaw, String recipientId) {
    dynamo.putItem(
        b ->
            b.tableName(table)
                .item(
                    Map.of(
                        "updateId", s(routeKey(chatRaw, messageRaw)),
                        "recipient", s(recipientId),
                        "ttl", n(clock.instant().plus(ROUTES_KEPT).getEpochSecond()))));
  }

  /** The member a Telegram message went to, while it can still be edited. */
  public Optional<String> recipientOf(String chatRaw, String messageRaw) {
    Map<String, AttributeValue> item =
        dynamo
            .getItem(
                b ->
                    b.tableName(table).key(key(routeKey(chatRaw, messageRaw))).consistentRead(true))
            .item();
    return item == null ? Optional.empty() : Attr.string(item, "recipient");
  }

  private static String routeKey(String chatRaw, String messageRaw) {
    return "tg:" + chatRaw + ":" + messageRaw;
  }

  /** Gives the claim up after a failure before any delivery, so that a retry does the work. */
  public void release(String key) {
    try {
      dynamo.deleteItem(
          b ->
              b.tableName(table)
                  .key(key(key))
                  .conditionExpression("attribute_not_exists(destination)"));
    } catch (ConditionalCheckFailedException delivered) {
      // delivered after all: the record must stay so that a retry does not deliver again
    }
  }
}
