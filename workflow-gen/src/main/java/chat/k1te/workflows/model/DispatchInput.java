package chat.k1te.workflows.model;

import java.util.List;
import java.util.Optional;

/** A typed input of {@code workflow_dispatch}. */
public sealed interface DispatchInput {
  String id();

  String description();

  boolean required();

  /** The {@code type:} value. */
  String type();

  /** A free-text input. */
  record Text(String id, String description, boolean required, Optional<String> defaultValue)
      implements DispatchInput {
    public Text {
      Names.requireId("workflow_dispatch input", id);
    }

    @Override
    public String type() {
      return "string";
    }
  }

  /** A checkbox. */
  record Flag(String id, String description, boolean defaultValue) implements DispatchInput {
    public Flag {
      Names.requireId("workflow_dispatch input", id);
    }

    @Override
    public boolean required() {
      return false;
    }

    @Override
    public String type() {
      return "boolean";
    }
  }

  /** A drop-down of fixed options. */
  record Choice(String id, String description, List<String> options, String defaultValue)
      implements DispatchInput {
    public Choice {
      Names.requireId("workflow_dispatch input", id);
      options = List.copyOf(options);
      if (options.isEmpty()) {
        throw new IllegalArgumentException("Choice input '" + id + "' needs at least one option");
      }
      if (!options.contains(defaultValue)) {
        throw new IllegalArgumentException(
            "Default '"
                + defaultValue
                + "' of choice input '"
                + id
                + "' is not one of its options "
                + options);
      }
    }

    @Override
    public boolean required() {
      return true;
    }

    @Override
    public String type() {
      return "choice";
    }
  }
}
