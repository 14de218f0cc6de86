package chat.k1te.workflows.model;

import java.util.List;
import java.util.Optional;

/** A job of a workflow: either steps on a runner or a call of a reusable workflow. */
public sealed interface Job permits StepsJob, CallJob {
  String id();

  String name();

  List<String> needs();

  Optional<Expr> condition();

  Permissions permissions();
}
