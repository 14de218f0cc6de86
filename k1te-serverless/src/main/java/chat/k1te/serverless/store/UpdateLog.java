package chat.k1te.serverless.store;

import static chat.k1te.serverless.store.Attr.n;
import static chat.k1te.serverless.store.Attr.s;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Telegram {@code update_id}s being or already processed. Telegram redelivers an update until the
 * webhook answers 200; claiming the id first makes a redelivery a no-op. A failed processing
 * releases its claim so that Telegram's retry does the work.
 */
public final class UpdateLog {
  static final Duration KEEP = Duration.ofDays(1);

  private final DynamoDbClient dynamo;
  private final String table;
  private final Clock clock;

  public UpdateLog(DynamoDbClient dynamo, Tables tables, Clock clock) {
    this.dynamo = dynamo;
    this.table = tables.updates();
    this.clock = clock;
  }

  /** True if this call claimed the update (first delivery), false for a repeat. */
  public boolean claim(long updateId) {
    try {
      dynamo.putItem(
          b ->
              b.tableName(table)
                  .item(
                      Map.of(
                          "updateId", s(Long.toString(updateId)),
                          "ttl", n(clock.instant().plus(KEEP).getEpochSecond())))
                  .conditionExpression("attribute_not_exists(updateId)"));
      return true;
    } catch (ConditionalCheckFailedException seen) {
      return false;
    }
  }

  public void release(long updateId) {
    dynamo.deleteItem(b -> b.tableName(table).key(Map.of("updateId", s(Long.toString(updateId)))));
  }
}
