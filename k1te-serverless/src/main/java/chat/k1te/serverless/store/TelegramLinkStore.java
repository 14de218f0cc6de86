package chat.k1te.serverless.store;

import static chat.k1te.serverless.store.Attr.n;
import static chat.k1te.serverless.store.Attr.s;

import chat.k1te.serverless.domain.MemberRef;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/**
 * One-time tokens that stand for a web member in a Telegram deep link. Redeeming deletes the item
 * and reads it in the same call, so two chats racing for one token cannot both win. DynamoDB's TTL
 * removes unused tokens eventually (not on time, and never in dynalite): expiry is checked here.
 */
public final class TelegramLinkStore {
  private final DynamoDbClient dynamo;
  private final String table;
  private final Clock clock;

  public TelegramLinkStore(DynamoDbClient dynamo, Tables tables, Clock clock) {
    this.dynamo = dynamo;
    this.table = tables.telegramLinks();
    this.clock = clock;
  }

  public void put(String token, MemberRef member, Instant expires) {
    dynamo.putItem(
        b ->
            b.tableName(table)
                .item(
                    Map.of(
                        "token", s(token),
                        "channelName", s(member.channelName()),
                        "memberId", s(member.memberId()),
                        "ttl", n(expires.getEpochSecond())))
                .conditionExpression("attribute_not_exists(#t)")
                .expressionAttributeNames(Map.of("#t", "token")));
  }

  /** The member the token stands for, once: the token is gone afterwards, used or expired. */
  public Optional<MemberRef> redeem(String token) {
    Map<String, AttributeValue> old =
        dynamo
            .deleteItem(
                b ->
                    b.tableName(table)
                        .key(Map.of("token", s(token)))
                        .returnValues(ReturnValue.ALL_OLD))
            .attributes();
    if (old == null || old.isEmpty()) {
      return Optional.empty();
    }
    long expires = Attr.number(old, "ttl", 0);
    if (clock.instant().getEpochSecond() >= expires) {
      return Optional.empty();
    }
    return Optional.of(
        new MemberRef(
            Attr.string(old, "channelName").orElseThrow(),
            Attr.string(old, "memberId").orElseThrow()));
  }
}
