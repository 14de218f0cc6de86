package chat.k1te.workflows.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A composite action, {@code .github/actions/<directory>/action.yml}. */
public record CompositeAction(
    String directory,
    String name,
    String description,
    List<Input> inputs,
    List<Output> outputs,
    List<Step> steps) {
  public CompositeAction {
    Names.requireId("action directory", directory);
    inputs = List.copyOf(inputs);
    outputs = List.copyOf(outputs);
    steps = List.copyOf(steps);
    Names.requireUnique("input of action " + directory, inputs.stream().map(Input::id));
    Names.requireUnique("output of action " + directory, outputs.stream().map(Output::id));
    for (Step step : steps) {
      if (step instanceof RunStep run && run.shell().isEmpty()) {
        throw new IllegalArgumentException(
            "Run step '" + run.name() + "' of composite action " + directory + " needs a shell");
      }
      if (step instanceof UsesStep uses && uses.with().containsKey(OidcRule.ROLE_INPUT)) {
        throw new IllegalArgumentException(
            "Composite action " + directory + " must not assume AWS roles; the job does");
      }
    }
  }

  /** This action as a step reference. */
  public ActionRef.Local ref() {
    return new ActionRef.Local(directory);
  }

  /**
   * A step running this action, checked against its declared inputs: every key of {@code with} is
   * an input, every required input is passed.
   */
  public UsesStep step(String stepName, Map<String, String> with) {
    for (String key : with.keySet()) {
      if (inputs.stream().noneMatch(i -> i.id().equals(key))) {
        throw new IllegalArgumentException(
            "Step '"
                + stepName
                + "' passes unknown input '"
                + key
                + "' to action "
                + directory
                + "; it declares "
                + inputs.stream().map(Input::id).toList());
      }
    }
    for (Input input : inputs) {
      if (input.required() && !with.containsKey(input.id())) {
        throw new IllegalArgumentException(
            "Step '"
                + stepName
                + "' must pass required input '"
                + input.id()
                + "' to action "
                + directory);
      }
    }
    return UsesStep.of(stepName, ref(), with);
  }

  /** An input; {@code defaultValue} only for optional inputs. */
  public record Input(
      String id, String description, boolean required, Optional<String> defaultValue) {
    public Input {
      Names.requireId("action input", id);
      if (required && defaultValue.isPresent()) {
        throw new IllegalArgumentException(
            "Required action input '" + id + "' cannot have a default");
      }
    }

    public static Input required(String id, String description) {
      return new Input(id, description, true, Optional.empty());
    }

    public static Input optional(String id, String description, String defaultValue) {
      return new Input(id, description, false, Optional.of(defaultValue));
    }
  }

  /** An output, the value of a step's output. */
  public record Output(String id, String description, Expr value) {
    public Output {
      Names.requireId("action output", id);
    }
  }
}
