package chat.k1te.workflows.yaml;

import chat.k1te.workflows.model.ActionRef;
import chat.k1te.workflows.model.RunStep;
import chat.k1te.workflows.model.Step;
import chat.k1te.workflows.model.UsesStep;
import java.util.LinkedHashMap;
import java.util.Map;

/** Steps → ordered maps (the YAML key spellings of a step live here). */
public final class StepYaml {
  private StepYaml() {}

  public static Map<String, Object> map(Step step) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name", step.name());
    step.id().ifPresent(id -> out.put("id", id));
    step.condition().ifPresent(c -> out.put("if", c.body()));
    if (step instanceof UsesStep uses) {
      out.put("uses", uses(uses.action()));
      if (!uses.with().isEmpty()) {
        Map<String, Object> with = new LinkedHashMap<>();
        uses.with().forEach((k, v) -> with.put(k, inputValue(v)));
        out.put("with", with);
      }
      putEnv(out, uses.env());
    } else if (step instanceof RunStep run) {
      run.shell().ifPresent(s -> out.put("shell", s));
      run.workingDirectory().ifPresent(d -> out.put("working-directory", d));
      putEnv(out, run.env());
      out.put("run", run.run());
    } else {
      throw new IllegalArgumentException("Unknown step type " + step.getClass());
    }
    return out;
  }

  static Object uses(ActionRef ref) {
    if (ref instanceof ActionRef.Pinned pinned) {
      return new Commented(pinned.uses(), pinned.version());
    }
    return ref.uses();
  }

  /** Action inputs are strings to GitHub; booleans are written bare for readability. */
  static Object inputValue(String value) {
    return switch (value) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> value;
    };
  }

  static void putEnv(Map<String, Object> out, Map<String, String> env) {
    if (!env.isEmpty()) {
      out.put("env", new LinkedHashMap<String, Object>(env));
    }
  }
}
