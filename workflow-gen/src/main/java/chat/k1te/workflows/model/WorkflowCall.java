package chat.k1te.workflows.model;

import java.util.List;
import java.util.Optional;

/** {@code on: workflow_call}: the workflow is reusable by other workflows of the repository. */
public record WorkflowCall(List<Input> inputs, List<Output> outputs, List<Secret> secrets)
    implements Trigger {
  public WorkflowCall {
    inputs = List.copyOf(inputs);
    outputs = List.copyOf(outputs);
    secrets = List.copyOf(secrets);
    Names.requireUnique("workflow_call input", inputs.stream().map(Input::id));
    Names.requireUnique("workflow_call output", outputs.stream().map(Output::id));
    Names.requireUnique("workflow_call secret", secrets.stream().map(Secret::id));
  }

  @Override
  public String event() {
    return "workflow_call";
  }

  /** A typed input: {@code type} is string, boolean or number. */
  public record Input(
      String id, String description, boolean required, String type, Optional<String> defaultValue) {
    public Input {
      Names.requireId("workflow_call input", id);
      if (!List.of("string", "boolean", "number").contains(type)) {
        throw new IllegalArgumentException(
            "workflow_call input '" + id + "' has type '" + type + "'; use string|boolean|number");
      }
    }
  }

  /** An output, usually {@code jobs.<job>.outputs.<name>}. */
  public record Output(String id, String description, Expr value) {
    public Output {
      Names.requireId("workflow_call output", id);
    }
  }

  /** A secret the caller passes explicitly (never {@code secrets: inherit}). */
  public record Secret(String id, String description, boolean required) {
    public Secret {
      Names.requireId("workflow_call secret", id);
    }
  }
}
