package chat.k1te.serverless.store;

import static chat.k1te.serverless.store.Attr.n;

import java.time.Clock;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/**
 * How many "joined" notices a channel's host group may get per minute, counted on the channel's own
 * item (so every Lambda instance shares the count, and it goes with the channel). Each call is one
 * conditional write; no transaction, no extra item to expire.
 */
public final class NoticeBudget {
  public static final int JOINED_PER_MINUTE = 10;

  /** What to do with one notice. */
  public enum Decision {
    SEND,
    /** The first over the budget in this minute: say once that notices pause. */
    SUMMARIZE,
    DROP
  }

  private final DynamoDbClient dynamo;
  private final String table;
  private final Clock clock;

  public NoticeBudget(DynamoDbClient dynamo, Tables tables, Clock clock) {
    this.dynamo = dynamo;
    this.table = tables.channels();
    this.clock = clock;
  }

  public Decision spend(String channel) {
    AttributeValue minute = n(clock.millis() / 60_000);
    Map<String, AttributeValue> key = Map.of("name", AttributeValue.fromS(channel));
    try {
      dynamo.updateItem(
          b ->
              b.tableName(table)
                  .key(key)
                  .updateExpression("SET noticeMinute = :w, noticeCount = :one")
                  .conditionExpression(
                      "attribute_exists(#n) AND (attribute_not_exists(noticeMinute) OR"
                          + " noticeMinute <> :w)")
                  .expressionAttributeNames(Map.of("#n", "name"))
                  .expressionAttributeValues(Map.of(":w", minute, ":one", n(1))));
      return Decision.SEND;
    } catch (ConditionalCheckFailedException sameMinuteOrGone) {
      // counted below
    }
    try {
      Map<String, AttributeValue> updated =
          dynamo
              .updateItem(
                  b ->
                      b.tableName(table)
                          .key(key)
                          .updateExpression("ADD noticeCount :one")
                          .conditionExpression("noticeMinute = :w AND noticeCount <= :max")
                          .expressionAttributeValues(
                              Map.of(":w", minute, ":one", n(1), ":max", n(JOINED_PER_MINUTE)))
                          .returnValues(ReturnValue.UPDATED_NEW))
              .attributes();
      long count = Attr.number(updated, "noticeCount", JOINED_PER_MINUTE + 1L);
      return count <= JOINED_PER_MINUTE ? Decision.SEND : Decision.SUMMARIZE;
    } catch (ConditionalCheckFailedException overBudget) {
      return Decision.DROP;
    }
  }
}
