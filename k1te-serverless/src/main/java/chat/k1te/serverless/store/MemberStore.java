package chat.k1te.serverless.store;

import static chat.k1te.serverless.store.Attr.n;
import static chat.k1te.serverless.store.Attr.s;

import chat.k1te.serverless.domain.Member;
import chat.k1te.serverless.domain.MemberRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * Members, written with optimistic locking: every put is conditional on the version read, so two
 * Lambdas changing one member never lose each other's update (they retry on a fresh read).
 */
public final class MemberStore {
  private static final int ATTEMPTS = 8;

  private final DynamoDbClient dynamo;
  private final String table;

  public MemberStore(DynamoDbClient dynamo, Tables tables) {
    this.dynamo = dynamo;
    this.table = tables.members();
  }

  private static Map<String, AttributeValue> key(MemberRef ref) {
    return Map.of("channelName", s(ref.channelName()), "id", s(ref.memberId()));
  }

  public Optional<Member> find(MemberRef ref) {
    return MemberItems.optional(
        dynamo.getItem(b -> b.tableName(table).key(key(ref)).consistentRead(true)).item());
  }

  /** Creates the member if absent; returns false (and writes nothing) if it exists. */
  public boolean create(Member member) {
    try {
      dynamo.putItem(
          b ->
              b.tableName(table)
                  .item(MemberItems.toItem(member.withVersion(1)))
                  .conditionExpression("attribute_not_exists(id)"));
      return true;
    } catch (ConditionalCheckFailedException exists) {
      return false;
    }
  }

  /**
   * Applies {@code change} to the current member and stores the result if nobody changed it
   * meanwhile, retrying on conflict. Empty if the member does not exist (nothing is written).
   */
  public Optional<Member> update(MemberRef ref, UnaryOperator<Member> change) {
    return update(ref, Optional.empty(), change);
  }

  /** As {@link #update(MemberRef, UnaryOperator)}, trying a recent read first. */
  public Optional<Member> update(Member snapshot, UnaryOperator<Member> change) {
    return update(snapshot.ref(), Optional.of(snapshot), change);
  }

  private Optional<Member> update(
      MemberRef ref, Optional<Member> snapshot, UnaryOperator<Member> change) {
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      Optional<Member> current = attempt == 0 && snapshot.isPresent() ? snapshot : find(ref);
      if (current.isEmpty()) {
        return Optional.empty();
      }
      Member before = current.get();
      Member after = change.apply(before);
      if (after.equals(before)) {
        return current;
      }
      Member stored = after.withVersion(before.version() + 1);
      try {
        dynamo.putItem(
            b ->
                b.tableName(table)
                    .item(MemberItems.toItem(stored))
                    .conditionExpression("version = :v")
                    .expressionAttributeValues(Map.of(":v", n(before.version()))));
        return Optional.of(stored);
      } catch (ConditionalCheckFailedException conflict) {
        Thread.onSpinWait();
      }
    }
    throw new IllegalStateException(
        "member " + ref.memberId() + " kept changing concurrently; gave up after " + ATTEMPTS);
  }

  public void delete(MemberRef ref) {
    dynamo.deleteItem(b -> b.tableName(table).key(key(ref)));
  }

  public List<Member> listChannel(String channelName) {
    List<Member> members = new ArrayList<>();
    Map<String, AttributeValue> start = null;
    do {
      Map<String, AttributeValue> from = start;
      QueryResponse page =
          dynamo.query(
              b -> {
                b.tableName(table)
                    .keyConditionExpression("channelName = :c")
                    .expressionAttributeValues(Map.of(":c", s(channelName)))
                    .consistentRead(true);
                if (from != null) {
                  b.exclusiveStartKey(from);
                }
              });
      page.items().forEach(i -> members.add(MemberItems.fromItem(i)));
      start =
          page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty()
              ? page.lastEvaluatedKey()
              : null;
    } while (start != null);
    return members;
  }
}
