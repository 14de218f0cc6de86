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
    Map<String, String> env,
    Optional<TrustedRole> assumes)
    implements Step {
  public UsesStep {
    id.ifPresent(i -> Names.requireId("step", i));
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("Every step needs a name (uses " + action.uses() + ")");
    }
    with = Names.ordered(with);
    env = Names.env(env);
    String passed = with.get(OidcRule.ROLE_INPUT);
    if (assumes.isPresent() && !assumes.get().arn().text().equals(passed)) {
      throw new IllegalArgumentException(
          "Step '"
              + name
              + "' assumes "
              + assumes.get().arn().text()
              + " but passes "
              + OidcRule.ROLE_INPUT
              + ": "
              + passed);
    }
  }

  public static UsesStep of(String name, ActionRef action, Map<String, String> with) {
    return new UsesStep(
        Optional.empty(), name, Optional.empty(), action, with, Map.of(), Optional.empty());
  }

  /**
   * A step that assumes {@code role} (its ARN passed as {@code role-to-assume}), so that the job's
   * environment can be checked against the role's trust.
   */
  public static UsesStep assuming(
      TrustedRole role, String name, ActionRef action, Map<String, String> with) {
    return new UsesStep(
        Optional.empty(), name, Optional.empty(), action, with, Map.of(), Optional.of(role));
  }

  public UsesStep withId(String newId) {
    return new UsesStep(Optional.of(newId), name, condition, action, with, env, assumes);
  }

  public UsesStep when(Expr newCondition) {
    return new UsesStep(id, name, Optional.of(newCondition), action, with, env, assumes);
  }
}
