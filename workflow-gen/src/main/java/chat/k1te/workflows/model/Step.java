package chat.k1te.workflows.model;

import java.util.Map;
import java.util.Optional;

/** One step of a job or of a composite action. */
public sealed interface Step permits RunStep, UsesStep {
  Optional<String> id();

  String name();

  Optional<Expr> condition();

  /** Environment of the step (ordered); the only way expression values reach a script. */
  Map<String, String> env();
}
