package chat.k1te.contracts.tables;

import java.util.Objects;

/** A key attribute of a table or index. */
public record KeyAttribute(String name, AttributeType type) {
  public KeyAttribute {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    if (name.isBlank()) {
      throw new IllegalArgumentException("key attribute name must not be blank");
    }
  }

  public static KeyAttribute string(String name) {
    return new KeyAttribute(name, AttributeType.STRING);
  }
}
