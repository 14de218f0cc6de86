package chat.k1te.workflows.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A job that calls a reusable workflow of this repository. Secrets are passed one by one: there is
 * no way to write {@code secrets: inherit}. The permissions are the most the callee may use.
 */
public record CallJob(
    String id,
    String name,
    List<String> needs,
    Optional<Expr> condition,
    Permissions permissions,
    Workflow workflow,
    Map<String, String> with,
    Map<String, Expr> secrets)
    implements Job {
  public CallJob {
    Names.requireId("job", id);
    needs = List.copyOf(needs);
    with = Names.ordered(with);
    secrets = Names.ordered(secrets);
    WorkflowCall call =
        workflow.on().stream()
            .filter(WorkflowCall.class::isInstance)
            .map(WorkflowCall.class::cast)
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "Job '"
                            + id
                            + "' calls "
                            + workflow.fileName()
                            + ", which has no workflow_call"));
    for (String key : with.keySet()) {
      if (call.inputs().stream().noneMatch(i -> i.id().equals(key))) {
        throw new IllegalArgumentException(
            "Job '" + id + "' passes unknown input '" + key + "' to " + workflow.fileName());
      }
    }
    for (WorkflowCall.Input input : call.inputs()) {
      if (input.required() && !with.containsKey(input.id())) {
        throw new IllegalArgumentException(
            "Job '"
                + id
                + "' must pass required input '"
                + input.id()
                + "' to "
                + workflow.fileName());
      }
    }
    for (String key : secrets.keySet()) {
      if (call.secrets().stream().noneMatch(s -> s.id().equals(key))) {
        throw new IllegalArgumentException(
            "Job '" + id + "' passes undeclared secret '" + key + "' to " + workflow.fileName());
      }
    }
  }

  public static CallJob of(
      String id, String name, List<String> needs, Permissions permissions, Workflow workflow) {
    return new CallJob(
        id, name, needs, Optional.empty(), permissions, workflow, Map.of(), Map.of());
  }

  /** The {@code uses:} value. */
  public String uses() {
    return "./.github/workflows/" + workflow.fileName();
  }
}
