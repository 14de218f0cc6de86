package chat.k1te.workflows.model;

import java.util.Map;
import java.util.Optional;

/**
 * A step that runs an action. Built by the typed bindings in {@code chat.k1te.workflows.actions}
 * (which know each action's exact input names) or for a local composite action.
 */
public record UsesStep(
    Optional<String> id,
    String name,
    Optional<Expr> condition,
    ActionRef action,
    Map<String, String> with,
    Map<String, String> env)
    implements Step {
  public UsesStep {
    id.ifPresent(i -> Names.requireId("step", i));
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("Every step needs a name (uses " + action.uses() + ")");
    }
    with = Names.ordered(with);
    env = Names.env(env);
  }

  public static UsesStep of(String name, ActionRef action, Map<String, String> with) {
    return new UsesStep(Optional.empty(), name, Optional.empty(), action, with, Map.of());
  }

  public UsesStep withId(String newId) {
    return new UsesStep(Optional.of(newId), name, condition, action, with, env);
  }

  public UsesStep when(Expr newCondition) {
    return new UsesStep(id, name, Optional.of(newCondition), action, with, env);
  }
}
