package chat.k1te.local.engine;

import chat.k1te.contracts.tables.KeyAttribute;
import chat.k1te.contracts.tables.KiteTables;
import chat.k1te.contracts.tables.LocalIndex;
import chat.k1te.contracts.tables.TableDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/** Creates the tables of {@link KiteTables} for a stage in a local DynamoDB engine. */
public final class KiteSchema {
  private KiteSchema() {}

  /**
   * Creates every table of {@link KiteTables#ALL} for the stage; tables that exist already are left
   * alone. TTL is not enabled: dynalite does not implement {@code UpdateTimeToLive} (items never
   * expire locally, which no local scenario depends on).
   */
  public static void createTables(DynamoDbClient dynamo, String stage) {
    for (TableDefinition table : KiteTables.ALL) {
      try {
        dynamo.createTable(request(table, stage));
      } catch (ResourceInUseException exists) {
        // created before: the schema is fixed, nothing to do
      }
    }
    for (TableDefinition table : KiteTables.ALL) {
      awaitActive(dynamo, table.tableName(stage));
    }
  }

  /**
   * Waits until the table is ACTIVE: even with no creation delay, dynalite answers a table that is
   * still CREATING with ResourceNotFoundException, so a write right after createTable can fail
   * under load. (The SDK's waiter sleeps 20 s between polls; a local engine needs milliseconds.)
   */
  private static void awaitActive(DynamoDbClient dynamo, String tableName) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (dynamo.describeTable(b -> b.tableName(tableName)).table().tableStatus()
        != TableStatus.ACTIVE) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("table " + tableName + " did not become ACTIVE in 30 s");
      }
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for table " + tableName, e);
      }
    }
  }

  static CreateTableRequest request(TableDefinition table, String stage) {
    List<AttributeDefinition> attributes = new ArrayList<>();
    for (KeyAttribute key : table.keyAttributes()) {
      attributes.add(
          AttributeDefinition.builder()
              .attributeName(key.name())
              .attributeType(ScalarAttributeType.fromValue(key.type().code()))
              .build());
    }
    List<LocalSecondaryIndex> indexes = new ArrayList<>();
    for (LocalIndex index : table.localIndexes()) {
      indexes.add(
          LocalSecondaryIndex.builder()
              .indexName(index.name())
              .keySchema(hash(table.hashKey()), range(index.rangeKey()))
              .projection(Projection.builder().projectionType(ProjectionType.ALL).build())
              .build());
    }
    List<KeySchemaElement> keys = new ArrayList<>();
    keys.add(hash(table.hashKey()));
    table.rangeKey().ifPresent(r -> keys.add(range(r)));
    CreateTableRequest.Builder builder =
        CreateTableRequest.builder()
            .tableName(table.tableName(stage))
            .billingMode(BillingMode.PAY_PER_REQUEST)
            .attributeDefinitions(attributes)
            .keySchema(keys);
    if (!indexes.isEmpty()) {
      builder.localSecondaryIndexes(indexes);
    }
    return builder.build();
  }

  private static KeySchemaElement hash(KeyAttribute key) {
    return KeySchemaElement.builder().attributeName(key.name()).keyType(KeyType.HASH).build();
  }

  private static KeySchemaElement range(KeyAttribute key) {
    return KeySchemaElement.builder().attributeName(key.name()).keyType(KeyType.RANGE).build();
  }
}
