package chat.k1te.workflows.yaml;

import chat.k1te.workflows.model.DispatchInput;
import chat.k1te.workflows.model.PullRequest;
import chat.k1te.workflows.model.Push;
import chat.k1te.workflows.model.Schedule;
import chat.k1te.workflows.model.Trigger;
import chat.k1te.workflows.model.WorkflowCall;
import chat.k1te.workflows.model.WorkflowDispatch;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Triggers → the ordered {@code on:} map. */
public final class TriggerYaml {
  private TriggerYaml() {}

  public static Map<String, Object> map(List<Trigger> triggers) {
    Map<String, Object> on = new LinkedHashMap<>();
    triggers.forEach(t -> on.put(t.event(), body(t)));
    return on;
  }

  private static Object body(Trigger trigger) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (trigger instanceof Push push) {
      putList(out, "branches", push.branches());
      putList(out, "branches-ignore", push.branchesIgnore());
      putList(out, "tags", push.tags());
      putList(out, "paths", push.paths());
    } else if (trigger instanceof PullRequest pr) {
      putList(out, "branches", pr.branches());
      putList(out, "paths", pr.paths());
    } else if (trigger instanceof Schedule schedule) {
      return schedule.crons().stream().map(c -> (Object) Map.of("cron", c)).toList();
    } else if (trigger instanceof WorkflowDispatch dispatch) {
      if (!dispatch.inputs().isEmpty()) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        dispatch.inputs().forEach(i -> inputs.put(i.id(), dispatchInput(i)));
        out.put("inputs", inputs);
      }
    } else if (trigger instanceof WorkflowCall call) {
      workflowCall(out, call);
    } else {
      throw new IllegalArgumentException("Unknown trigger " + trigger.getClass());
    }
    return out;
  }

  private static Map<String, Object> dispatchInput(DispatchInput input) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("description", input.description());
    out.put("required", input.required());
    out.put("type", input.type());
    if (input instanceof DispatchInput.Text text) {
      text.defaultValue().ifPresent(d -> out.put("default", d));
    } else if (input instanceof DispatchInput.Flag flag) {
      out.put("default", flag.defaultValue());
    } else if (input instanceof DispatchInput.Choice choice) {
      out.put("options", choice.options());
      out.put("default", choice.defaultValue());
    }
    return out;
  }

  private static void workflowCall(Map<String, Object> out, WorkflowCall call) {
    if (!call.inputs().isEmpty()) {
      Map<String, Object> inputs = new LinkedHashMap<>();
      for (WorkflowCall.Input input : call.inputs()) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("description", input.description());
        body.put("required", input.required());
        body.put("type", input.type());
        input.defaultValue().ifPresent(d -> body.put("default", d));
        inputs.put(input.id(), body);
      }
      out.put("inputs", inputs);
    }
    if (!call.outputs().isEmpty()) {
      Map<String, Object> outputs = new LinkedHashMap<>();
      for (WorkflowCall.Output output : call.outputs()) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("description", output.description());
        body.put("value", output.value().text());
        outputs.put(output.id(), body);
      }
      out.put("outputs", outputs);
    }
    if (!call.secrets().isEmpty()) {
      Map<String, Object> secrets = new LinkedHashMap<>();
      for (WorkflowCall.Secret secret : call.secrets()) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("description", secret.description());
        body.put("required", secret.required());
        secrets.put(secret.id(), body);
      }
      out.put("secrets", secrets);
    }
  }

  private static void putList(Map<String, Object> out, String key, List<String> values) {
    if (!values.isEmpty()) {
      out.put(key, values);
    }
  }
}
