package chat.k1te.serverless.store;

import static chat.k1te.serverless.store.Attr.n;
import static chat.k1te.serverless.store.Attr.s;

import chat.k1te.serverless.domain.Member;
import chat.k1te.serverless.domain.MemberRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Members, written with optimistic locking: every update is conditional on the version read, so two
 * Lambdas changing one member never lose each other's update (they retry on a fresh read after a
 * random, growing pause). The peer is the exception: see {@link #setPeer}.
 */
public final class MemberStore {
  private static final int ATTEMPTS = 10;
  private static final long MAX_BACKOFF_MILLIS = 200;

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
        dynamo.updateItem(changes(before, stored));
        return Optional.of(stored);
      } catch (ConditionalCheckFailedException conflict) {
        backOff(attempt);
      }
    }
    throw new ConcurrentUpdateException(ref, ATTEMPTS);
  }

  /**
   * Writes only the attributes that differ, on condition that the version is still the one read:
   * attributes written without a version (the peer) are never reverted by a stale read.
   */
  private UpdateItemRequest changes(Member before, Member stored) {
    Map<String, AttributeValue> old = MemberItems.toItem(before);
    Map<String, AttributeValue> next = MemberItems.toItem(stored);
    Map<String, String> names = new HashMap<>();
    Map<String, AttributeValue> values = new HashMap<>();
    List<String> set = new ArrayList<>();
    List<String> remove = new ArrayList<>();
    for (Map.Entry<String, AttributeValue> e : next.entrySet()) {
      if (!e.getValue().equals(old.get(e.getKey()))) {
        int i = names.size();
        names.put("#a" + i, e.getKey());
        values.put(":a" + i, e.getValue());
        set.add("#a" + i + " = :a" + i);
      }
    }
    for (String attribute : old.keySet()) {
      if (!next.containsKey(attribute)) {
        int i = names.size();
        names.put("#a" + i, attribute);
        remove.add("#a" + i);
      }
    }
    names.put("#v", "version");
    values.put(":read", n(before.version()));
    String expression =
        "SET "
            + String.join(", ", set)
            + (remove.isEmpty() ? "" : " REMOVE " + String.join(", ", remove));
    return UpdateItemRequest.builder()
        .tableName(table)
        .key(key(before.ref()))
        .updateExpression(expression)
        .conditionExpression("#v = :read")
        .expressionAttributeNames(names)
        .expressionAttributeValues(values)
        .build();
  }

  /**
   * Sets whom the member last talked to without a version check: the value is "last writer wins" by
   * nature, and a channel host's peer changes with every visitor who writes, so a versioned write
   * would make the host's item a point of contention. Nothing is written if the member is gone or
   * the peer is already this one.
   */
  public void setPeer(MemberRef ref, String peerId) {
    try {
      dynamo.updateItem(
          b ->
              b.tableName(table)
                  .key(key(ref))
                  .updateExpression("SET peerMemberId = :p")
                  .conditionExpression(
                      "attribute_exists(id) AND (attribute_not_exists(peerMemberId) OR peerMemberId <> :p)")
                  .expressionAttributeValues(Map.of(":p", s(peerId))));
    } catch (ConditionalCheckFailedException unchangedOrGone) {
      // already this peer, or the member was deleted: nothing to write
    }
  }

  /** Forgets the member's peer if it is still {@code peerId}. */
  public void clearPeer(MemberRef ref, String peerId) {
    try {
      dynamo.updateItem(
          b ->
              b.tableName(table)
                  .key(key(ref))
                  .updateExpression("REMOVE peerMemberId")
                  .conditionExpression("attribute_exists(id) AND peerMemberId = :p")
                  .expressionAttributeValues(Map.of(":p", s(peerId))));
    } catch (ConditionalCheckFailedException otherPeerOrGone) {
      // someone else is the peer now, or the member is gone
    }
  }

  /** Sleeps a random time up to an exponentially growing bound, so that racers spread out. */
  private static void backOff(int attempt) {
    long bound = Math.min(MAX_BACKOFF_MILLIS, 2L << attempt);
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(1, bound + 1));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ConcurrentUpdateException("interrupted while retrying a conflicting update");
    }
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
