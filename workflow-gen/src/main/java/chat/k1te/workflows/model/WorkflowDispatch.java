package chat.k1te.workflows.model;

import java.util.List;

/** {@code on: workflow_dispatch}: a manual run from the Actions tab, with typed inputs. */
public record WorkflowDispatch(List<DispatchInput> inputs) implements Trigger {
  public WorkflowDispatch {
    inputs = List.copyOf(inputs);
    Names.requireUnique("workflow_dispatch input", inputs.stream().map(DispatchInput::id));
  }

  public static WorkflowDispatch noInputs() {
    return new WorkflowDispatch(List.of());
  }

  @Override
  public String event() {
    return "workflow_dispatch";
  }
}
