package chat.k1te.workflows.yaml;

import chat.k1te.workflows.model.CompositeAction;
import chat.k1te.workflows.model.Dependabot;
import chat.k1te.workflows.model.Job;
import chat.k1te.workflows.model.Workflow;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Workflows and composite actions → YAML text, with the "generated" header. */
public final class WorkflowYaml {
  /** The first line of every generated file. */
  public static final String HEADER =
      "generated — do not edit — regenerate with mvn -pl workflow-gen -am compile exec:java";

  private WorkflowYaml() {}

  public static String render(Dependabot dependabot) {
    List<Map<String, Object>> updates = new java.util.ArrayList<>();
    for (Dependabot.Update update : dependabot.updates()) {
      Map<String, Object> map = new LinkedHashMap<>();
      map.put("package-ecosystem", update.ecosystem().key());
      map.put("directory", update.directory());
      map.put("schedule", Map.of("interval", update.interval().key()));
      map.put("open-pull-requests-limit", update.openPullRequests());
      updates.add(map);
    }
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("version", 2);
    root.put("updates", updates);
    return YamlWriter.write(List.of(HEADER), root);
  }

  public static String render(Workflow workflow) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("name", workflow.name());
    root.put("on", TriggerYaml.map(workflow.on()));
    root.put("permissions", Map.of());
    workflow.concurrency().ifPresent(c -> root.put("concurrency", JobYaml.concurrency(c)));
    Map<String, Object> jobs = new LinkedHashMap<>();
    for (Job job : workflow.jobs()) {
      jobs.put(job.id(), JobYaml.map(job));
    }
    root.put("jobs", jobs);
    return YamlWriter.write(List.of(HEADER), root);
  }

  public static String render(CompositeAction action) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("name", action.name());
    root.put("description", action.description());
    if (!action.inputs().isEmpty()) {
      Map<String, Object> inputs = new LinkedHashMap<>();
      for (CompositeAction.Input input : action.inputs()) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("description", input.description());
        body.put("required", input.required());
        input.defaultValue().ifPresent(d -> body.put("default", d));
        inputs.put(input.id(), body);
      }
      root.put("inputs", inputs);
    }
    if (!action.outputs().isEmpty()) {
      Map<String, Object> outputs = new LinkedHashMap<>();
      for (CompositeAction.Output output : action.outputs()) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("description", output.description());
        body.put("value", output.value().text());
        outputs.put(output.id(), body);
      }
      root.put("outputs", outputs);
    }
    Map<String, Object> runs = new LinkedHashMap<>();
    runs.put("using", "composite");
    runs.put("steps", action.steps().stream().map(StepYaml::map).toList());
    root.put("runs", runs);
    return YamlWriter.write(List.of(HEADER), root);
  }
}
