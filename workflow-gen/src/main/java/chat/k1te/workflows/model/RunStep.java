package chat.k1te.workflows.model;

import java.util.Map;
import java.util.Optional;

/**
 * A shell step. The script may not contain any {@code ${{ }}} expression: every value from a
 * context (event payload, inputs, variables, step outputs) reaches it through {@code env:} so it
 * can never be interpreted as shell code.
 */
public record RunStep(
    Optional<String> id,
    String name,
    Optional<Expr> condition,
    String run,
    Optional<String> shell,
    Optional<String> workingDirectory,
    Map<String, String> env)
    implements Step {
  public RunStep {
    id.ifPresent(i -> Names.requireId("step", i));
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("Every run step needs a name");
    }
    if (run == null || run.isBlank()) {
      throw new IllegalArgumentException("Step '" + name + "' has an empty script");
    }
    if (run.contains("${{")) {
      throw new IllegalArgumentException(
          "Step '"
              + name
              + "' uses an expression inside 'run'; pass the value through 'env' and read $VAR");
    }
    env = Names.env(env);
  }

  /** A bash step with no id, condition or environment. */
  public static RunStep bash(String name, String run) {
    return new RunStep(
        Optional.empty(),
        name,
        Optional.empty(),
        run,
        Optional.of("bash"),
        Optional.empty(),
        Map.of());
  }

  public RunStep withId(String newId) {
    return new RunStep(Optional.of(newId), name, condition, run, shell, workingDirectory, env);
  }

  public RunStep withEnv(Map<String, String> newEnv) {
    return new RunStep(id, name, condition, run, shell, workingDirectory, newEnv);
  }

  public RunStep when(Expr newCondition) {
    return new RunStep(id, name, Optional.of(newCondition), run, shell, workingDirectory, env);
  }

  public RunStep in(String directory) {
    return new RunStep(id, name, condition, run, shell, Optional.of(directory), env);
  }
}
