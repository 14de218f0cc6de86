package chat.k1te.workflows.yaml;

/** A scalar followed by a trailing comment on the same line, e.g. an action pin's tag. */
public record Commented(String value, String comment) {
  public Commented {
    if (comment.contains("\n")) {
      throw new IllegalArgumentException("A trailing comment must be one line: '" + comment + "'");
    }
  }
}
