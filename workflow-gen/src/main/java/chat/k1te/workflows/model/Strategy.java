package chat.k1te.workflows.model;

import java.util.List;
import java.util.Map;

/** A job matrix. {@code failFast} false lets every leg finish (e.g. report drift per stack). */
public record Strategy(Map<String, Axis> matrix, boolean failFast) {
  public Strategy {
    matrix.keySet().forEach(k -> Names.requireId("matrix axis", k));
    matrix = Names.ordered(matrix);
    if (matrix.isEmpty()) {
      throw new IllegalArgumentException("A matrix needs at least one axis");
    }
  }

  /** The values of one matrix axis. */
  public sealed interface Axis {}

  /** A fixed list of values. */
  public record Values(List<String> values) implements Axis {
    public Values {
      values = List.copyOf(values);
    }
  }

  /** Values computed at run time, e.g. {@code fromJSON(...)} of an input. */
  public record Computed(Expr expression) implements Axis {}
}
