package chat.k1te.contracts.tables;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One DynamoDB table of Kite chat. The single source of truth for the table layout: the Lambda, the
 * local runtime (which creates the tables in dynalite) and the infra stacks read it.
 *
 * @param baseName the name without the stage prefix, e.g. {@code Channels}
 * @param hashKey the partition key
 * @param rangeKey the sort key, if any
 * @param localIndexes local secondary indexes (projection ALL)
 * @param ttlAttribute the attribute DynamoDB expires items by, if any
 */
public record TableDefinition(
    String baseName,
    KeyAttribute hashKey,
    Optional<KeyAttribute> rangeKey,
    List<LocalIndex> localIndexes,
    Optional<String> ttlAttribute) {

  public TableDefinition {
    Objects.requireNonNull(baseName, "baseName");
    Objects.requireNonNull(hashKey, "hashKey");
    Objects.requireNonNull(rangeKey, "rangeKey");
    localIndexes = List.copyOf(localIndexes);
    Objects.requireNonNull(ttlAttribute, "ttlAttribute");
    if (!baseName.matches("[A-Za-z][A-Za-z0-9]*")) {
      throw new IllegalArgumentException(
          "table base name must be alphanumeric: '" + baseName + "'");
    }
    if (!localIndexes.isEmpty() && rangeKey.isEmpty()) {
      throw new IllegalArgumentException(
          "table " + baseName + ": a local secondary index needs a table range key");
    }
  }

  /** The physical table name of a stage: {@code <stage>.<baseName>}. */
  public String tableName(String stage) {
    if (stage == null || !stage.matches("[a-z][a-z0-9-]{0,31}")) {
      throw new IllegalArgumentException(
          "stage must be 1-32 lower-case letters, digits or '-', starting with a letter: '"
              + stage
              + "'");
    }
    return stage + "." + baseName;
  }

  /** Every attribute that appears in a key of the table or of an index, once, in order. */
  public List<KeyAttribute> keyAttributes() {
    Map<String, KeyAttribute> byName = new LinkedHashMap<>();
    byName.put(hashKey.name(), hashKey);
    rangeKey.ifPresent(r -> byName.put(r.name(), r));
    localIndexes.forEach(i -> byName.putIfAbsent(i.rangeKey().name(), i.rangeKey()));
    return new ArrayList<>(byName.values());
  }
}
