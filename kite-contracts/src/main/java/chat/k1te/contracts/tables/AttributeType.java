package chat.k1te.contracts.tables;

/** DynamoDB scalar key attribute types, with their wire letters. */
public enum AttributeType {
  STRING("S"),
  NUMBER("N"),
  BINARY("B");

  private final String code;

  AttributeType(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }
}
