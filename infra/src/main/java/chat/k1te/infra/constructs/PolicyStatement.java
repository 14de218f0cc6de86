package chat.k1te.infra.constructs;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One {@code Allow} statement of an IAM permission policy. Wildcard actions on wildcard resources
 * are refused here, so no role of ours can be given one by accident.
 */
public record PolicyStatement(
    String sid, List<String> actions, List<String> resources, List<Condition> conditions) {

  /** A condition block: {@code test} (e.g. StringEquals), context key and accepted values. */
  public record Condition(String test, String variable, List<String> values) {
    public Condition {
      Objects.requireNonNull(test, "test");
      Objects.requireNonNull(variable, "variable");
      values = List.copyOf(values);
    }
  }

  public PolicyStatement {
    Objects.requireNonNull(sid, "sid");
    actions = List.copyOf(actions);
    resources = List.copyOf(resources);
    conditions = List.copyOf(conditions);
    if (!sid.matches("[A-Za-z0-9]+")) {
      throw new IllegalArgumentException("statement id must be alphanumeric: '" + sid + "'");
    }
    if (actions.isEmpty() || resources.isEmpty()) {
      throw new IllegalArgumentException("statement " + sid + " needs actions and resources");
    }
    if (actions.stream().anyMatch(a -> a.equals("*") || a.endsWith(":*"))) {
      throw new IllegalArgumentException(
          "statement " + sid + ": name the actions, no service-wide wildcard: " + actions);
    }
  }

  public static PolicyStatement allow(String sid, List<String> actions, List<String> resources) {
    return new PolicyStatement(sid, actions, resources, List.of());
  }

  public PolicyStatement when(String test, String variable, List<String> values) {
    List<Condition> more = new ArrayList<>(conditions);
    more.add(new Condition(test, variable, values));
    return new PolicyStatement(sid, actions, resources, more);
  }
}
