package chat.k1te.infra.constructs;

import chat.k1te.contracts.tables.KeyAttribute;
import chat.k1te.contracts.tables.TableDefinition;
import chat.k1te.infra.aws.dynamodb_table.DynamodbTable;
import chat.k1te.infra.aws.dynamodb_table.DynamodbTableAttribute;
import chat.k1te.infra.aws.dynamodb_table.DynamodbTableConfig;
import chat.k1te.infra.aws.dynamodb_table.DynamodbTableLocalSecondaryIndex;
import chat.k1te.infra.aws.dynamodb_table.DynamodbTablePointInTimeRecovery;
import chat.k1te.infra.aws.dynamodb_table.DynamodbTableTtl;
import com.hashicorp.cdktf.ITerraformDependable;
import com.hashicorp.cdktf.TerraformResourceLifecycle;
import java.util.List;
import software.constructs.Construct;

/** A DynamoDB table exactly as {@link TableDefinition} describes it (the one source of truth). */
public final class KiteTable {
  private KiteTable() {}

  /**
   * @param protect deletion protection, {@code prevent_destroy} and point-in-time recovery
   */
  public static DynamodbTable create(
      Construct scope,
      TableDefinition table,
      String stage,
      boolean protect,
      List<? extends ITerraformDependable> dependsOn) {
    DynamodbTableConfig.Builder config =
        DynamodbTableConfig.builder()
            .name(table.tableName(stage))
            .billingMode("PAY_PER_REQUEST")
            .hashKey(table.hashKey().name())
            .attribute(table.keyAttributes().stream().map(KiteTable::attribute).toList())
            .localSecondaryIndex(
                table.localIndexes().stream()
                    .map(
                        index ->
                            DynamodbTableLocalSecondaryIndex.builder()
                                .name(index.name())
                                .rangeKey(index.rangeKey().name())
                                .projectionType("ALL")
                                .build())
                    .toList())
            .deletionProtectionEnabled(protect)
            .pointInTimeRecovery(
                DynamodbTablePointInTimeRecovery.builder().enabled(protect).build())
            .lifecycle(TerraformResourceLifecycle.builder().preventDestroy(protect).build())
            .dependsOn(dependsOn);
    table.rangeKey().ifPresent(range -> config.rangeKey(range.name()));
    table
        .ttlAttribute()
        .ifPresent(
            ttl -> config.ttl(DynamodbTableTtl.builder().attributeName(ttl).enabled(true).build()));
    return new DynamodbTable(scope, "table-" + table.baseName().toLowerCase(), config.build());
  }

  private static DynamodbTableAttribute attribute(KeyAttribute key) {
    return DynamodbTableAttribute.builder().name(key.name()).type(key.type().code()).build();
  }
}
