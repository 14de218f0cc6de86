package chat.k1te.workflows.yaml;

import chat.k1te.workflows.model.CallJob;
import chat.k1te.workflows.model.Concurrency;
import chat.k1te.workflows.model.Job;
import chat.k1te.workflows.model.Permissions;
import chat.k1te.workflows.model.StepsJob;
import chat.k1te.workflows.model.Strategy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Jobs → ordered maps. */
public final class JobYaml {
  private JobYaml() {}

  public static Map<String, Object> map(Job job) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name", job.name());
    if (!job.needs().isEmpty()) {
      out.put("needs", List.copyOf(job.needs()));
    }
    job.condition().ifPresent(c -> out.put("if", c.body()));
    if (job instanceof StepsJob steps) {
      out.put("runs-on", steps.runsOn().label());
      steps.environment().ifPresent(e -> out.put("environment", e));
      out.put("permissions", permissions(steps.permissions()));
      steps.concurrency().ifPresent(c -> out.put("concurrency", concurrency(c)));
      out.put("timeout-minutes", steps.timeoutMinutes());
      steps.strategy().ifPresent(s -> out.put("strategy", strategy(s)));
      if (!steps.outputs().isEmpty()) {
        Map<String, Object> outputs = new LinkedHashMap<>();
        steps.outputs().forEach((k, v) -> outputs.put(k, v.text()));
        out.put("outputs", outputs);
      }
      StepYaml.putEnv(out, steps.env());
      out.put("steps", steps.steps().stream().map(StepYaml::map).toList());
    } else if (job instanceof CallJob call) {
      out.put("permissions", permissions(call.permissions()));
      out.put("uses", call.uses());
      if (!call.with().isEmpty()) {
        Map<String, Object> with = new LinkedHashMap<>();
        call.with().forEach((k, v) -> with.put(k, StepYaml.inputValue(v)));
        out.put("with", with);
      }
      if (!call.secrets().isEmpty()) {
        Map<String, Object> secrets = new LinkedHashMap<>();
        call.secrets().forEach((k, v) -> secrets.put(k, v.text()));
        out.put("secrets", secrets);
      }
    } else {
      throw new IllegalArgumentException("Unknown job type " + job.getClass());
    }
    return out;
  }

  static Map<String, Object> permissions(Permissions permissions) {
    Map<String, Object> out = new LinkedHashMap<>();
    permissions.scopes().forEach((scope, level) -> out.put(scope.key(), level.yaml()));
    return out;
  }

  static Map<String, Object> concurrency(Concurrency concurrency) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("group", concurrency.group());
    out.put("cancel-in-progress", concurrency.cancelInProgress());
    return out;
  }

  private static Map<String, Object> strategy(Strategy strategy) {
    Map<String, Object> matrix = new LinkedHashMap<>();
    strategy
        .matrix()
        .forEach(
            (axis, values) -> {
              if (values instanceof Strategy.Values list) {
                matrix.put(axis, list.values());
              } else if (values instanceof Strategy.Computed computed) {
                matrix.put(axis, computed.expression().text());
              }
            });
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("fail-fast", strategy.failFast());
    out.put("matrix", matrix);
    return out;
  }
}
