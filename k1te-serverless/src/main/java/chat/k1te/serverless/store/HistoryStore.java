package chat.k1te.serverless.store;

import static chat.k1te.serverless.store.Attr.n;
import static chat.k1te.serverless.store.Attr.s;

import chat.k1te.contracts.Retention;
import chat.k1te.serverless.domain.MemberRef;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The message history of a client member, ordered by time through the {@code MessageTime} index.
 * Times are stored fixed-width (milliseconds, UTC) so that string order is time order.
 */
public final class HistoryStore {
  public static final Duration RETENTION = Duration.ofDays(Retention.HISTORY_DAYS);
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  /** One stored message: its id, the encoded payload and when it was delivered or stored. */
  public record Item(String messageId, String content, Instant time) {}

  private final DynamoDbClient dynamo;
  private final String table;

  public HistoryStore(DynamoDbClient dynamo, Tables tables) {
    this.dynamo = dynamo;
    this.table = tables.messages();
  }

  private static String id(MemberRef member) {
    return member.channelName() + ":" + member.memberId();
  }

  public static String format(Instant time) {
    return TIME.format(time);
  }

  public void append(MemberRef member, Item item) {
    dynamo.putItem(
        b ->
            b.tableName(table)
                .item(
                    Map.of(
                        "id", s(id(member)),
                        "messageId", s(item.messageId()),
                        "content", s(item.content()),
                        "time", s(format(item.time())),
                        "ttl", n(item.time().plus(RETENTION).getEpochSecond()))));
  }

  /** Removes one item (a withdrawn message). */
  public void delete(MemberRef member, String messageId) {
    dynamo.deleteItem(
        b -> b.tableName(table).key(Map.of("id", s(id(member)), "messageId", s(messageId))));
  }

  /** Items stored strictly after {@code after}, oldest first. */
  public List<Item> after(MemberRef member, Instant after) {
    return since(member, after, ">");
  }

  /** Items stored at or after {@code from}, oldest first (for a widget that drops repeats). */
  public List<Item> from(MemberRef member, Instant from) {
    return since(member, from, ">=");
  }

  private List<Item> since(MemberRef member, Instant time, String comparison) {
    return query(
        QueryRequest.builder()
            .tableName(table)
            .indexName("MessageTime")
            .keyConditionExpression("id = :id AND #t " + comparison + " :t")
            .expressionAttributeNames(Map.of("#t", "time"))
            .expressionAttributeValues(Map.of(":id", s(id(member)), ":t", s(format(time))))
            .scanIndexForward(true),
        Integer.MAX_VALUE);
  }

  /** One item by its message id. */
  public Optional<Item> find(MemberRef member, String messageId) {
    Map<String, AttributeValue> i =
        dynamo
            .getItem(
                b ->
                    b.tableName(table)
                        .key(Map.of("id", s(id(member)), "messageId", s(messageId)))
                        .consistentRead(true))
            .item();
    return i == null || i.isEmpty() ? Optional.empty() : Optional.of(item(i));
  }

  /** The last {@code limit} items, oldest first. */
  public List<Item> last(MemberRef member, int limit) {
    List<Item> newestFirst =
        query(
            QueryRequest.builder()
                .tableName(table)
                .indexName("MessageTime")
                .keyConditionExpression("id = :id")
                .expressionAttributeValues(Map.of(":id", s(id(member))))
                .scanIndexForward(false),
            limit);
    Collections.reverse(newestFirst);
    return newestFirst;
  }

  /** Every item of the member, oldest first. */
  public List<Item> all(MemberRef member) {
    return last(member, Integer.MAX_VALUE);
  }

  /** Deletes the member's history, 25 items per batch, retrying what DynamoDB left unprocessed. */
  public void deleteAll(MemberRef member) {
    List<WriteRequest> deletes = new ArrayList<>();
    for (Item item : all(member)) {
      deletes.add(
          WriteRequest.builder()
              .deleteRequest(
                  d -> d.key(Map.of("id", s(id(member)), "messageId", s(item.messageId()))))
              .build());
    }
    for (int from = 0; from < deletes.size(); from += 25) {
      Map<String, List<WriteRequest>> batch =
          Map.of(table, deletes.subList(from, Math.min(deletes.size(), from + 25)));
      for (int attempt = 0; !batch.isEmpty() && attempt < 5; attempt++) {
        Map<String, List<WriteRequest>> request = batch;
        BatchWriteItemResponse response = dynamo.batchWriteItem(b -> b.requestItems(request));
        batch = response.hasUnprocessedItems() ? response.unprocessedItems() : Map.of();
      }
    }
  }

  private static Item item(Map<String, AttributeValue> i) {
    return new Item(
        Attr.string(i, "messageId").orElseThrow(),
        Attr.string(i, "content").orElseThrow(),
        Instant.parse(Attr.string(i, "time").orElseThrow()));
  }

  private List<Item> query(QueryRequest.Builder request, int limit) {
    List<Item> items = new ArrayList<>();
    Map<String, AttributeValue> start = null;
    do {
      if (start != null) {
        request.exclusiveStartKey(start);
      }
      QueryResponse page = dynamo.query(request.build());
      for (Map<String, AttributeValue> i : page.items()) {
        if (items.size() == limit) {
          return items;
        }
        items.add(item(i));
      }
      start =
          page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty()
              ? page.lastEvaluatedKey()
              : null;
    } while (start != null && items.size() < limit);
    return items;
  }
}
