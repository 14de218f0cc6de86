package chat.k1te.workflows.model;

import java.util.Objects;

/** A GitHub Actions expression, written {@code ${{ body }}} in YAML. */
public record Expr(String body) {
  public Expr {
    Objects.requireNonNull(body, "body");
    if (body.isBlank() || body.contains("${{") || body.contains("}}")) {
      throw new IllegalArgumentException(
          "Expression body must be non-empty and not wrapped in ${{ }}, got '" + body + "'");
    }
  }

  public static Expr of(String body) {
    return new Expr(body);
  }

  /** A repository, organisation or environment variable: {@code vars.NAME}. */
  public static Expr vars(String name) {
    return new Expr("vars." + name);
  }

  /** A secret: {@code secrets.NAME}. */
  public static Expr secrets(String name) {
    return new Expr("secrets." + name);
  }

  /** An input of a workflow or composite action: {@code inputs.NAME}. */
  public static Expr inputs(String name) {
    return new Expr("inputs." + name);
  }

  /** An output of an earlier step: {@code steps.ID.outputs.NAME}. */
  public static Expr stepOutput(String stepId, String output) {
    return new Expr("steps." + stepId + ".outputs." + output);
  }

  /** The expression as it appears in YAML. */
  public String text() {
    return "${{ " + body + " }}";
  }

  @Override
  public String toString() {
    return text();
  }
}
