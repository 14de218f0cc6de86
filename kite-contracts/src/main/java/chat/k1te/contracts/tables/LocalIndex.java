package chat.k1te.contracts.tables;

import java.util.Objects;

/** A local secondary index (same hash key, another range key), projecting all attributes. */
public record LocalIndex(String name, KeyAttribute rangeKey) {
  public LocalIndex {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(rangeKey, "rangeKey");
  }
}
