package chat.k1te.serverless.store;

import static chat.k1te.serverless.store.Attr.s;

import chat.k1te.serverless.domain.Connector;
import chat.k1te.serverless.domain.MemberRef;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/** Connection ({@code ws} socket id or {@code tg} chat id) → the member it belongs to. */
public final class ConnectionStore {
  private final DynamoDbClient dynamo;
  private final String table;

  public ConnectionStore(DynamoDbClient dynamo, Tables tables) {
    this.dynamo = dynamo;
    this.table = tables.connections();
  }

  private static Map<String, AttributeValue> key(Connector connector, String rawId) {
    return Map.of("connector", s(connector.id()), "rawId", s(rawId));
  }

  public Optional<MemberRef> find(Connector connector, String rawId) {
    Map<String, AttributeValue> item =
        dynamo
            .getItem(b -> b.tableName(table).key(key(connector, rawId)).consistentRead(true))
            .item();
    if (item == null || item.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new MemberRef(
            Attr.string(item, "channelName").orElseThrow(),
            Attr.string(item, "memberId").orElseThrow()));
  }

  public void put(Connector connector, String rawId, MemberRef member) {
    dynamo.putItem(
        b ->
            b.tableName(table)
                .item(
                    Map.of(
                        "connector", s(connector.id()),
                        "rawId", s(rawId),
                        "channelName", s(member.channelName()),
                        "memberId", s(member.memberId()))));
  }

  /** Deletes the row if it still points at {@code member}; a row re-bound since stays. */
  public void delete(Connector connector, String rawId, MemberRef member) {
    try {
      dynamo.deleteItem(
          b ->
              b.tableName(table)
                  .key(key(connector, rawId))
                  .conditionExpression("channelName = :c AND memberId = :m")
                  .expressionAttributeValues(
                      Map.of(":c", s(member.channelName()), ":m", s(member.memberId()))));
    } catch (ConditionalCheckFailedException gone) {
      // absent or re-bound to another member: nothing of ours to delete
    }
  }

  public void delete(Connector connector, String rawId) {
    dynamo.deleteItem(b -> b.tableName(table).key(key(connector, rawId)));
  }
}
