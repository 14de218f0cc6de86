package chat.k1te.workflows.generate;

import chat.k1te.workflows.model.CallJob;
import chat.k1te.workflows.model.Job;
import chat.k1te.workflows.model.Push;
import chat.k1te.workflows.model.Schedule;
import chat.k1te.workflows.model.StepsJob;
import chat.k1te.workflows.model.Trigger;
import chat.k1te.workflows.model.Workflow;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A Mermaid flowchart of the pipeline: one subgraph per workflow (titled with its triggers), one
 * node per job (with its environment), arrows for {@code needs} and dotted arrows for calls of
 * reusable workflows.
 */
public final class MermaidDiagram {
  private MermaidDiagram() {}

  public static String render(List<Workflow> workflows) {
    StringBuilder out = new StringBuilder("flowchart LR\n");
    for (Workflow workflow : workflows) {
      String triggers =
          workflow.on().stream().map(MermaidDiagram::describe).collect(Collectors.joining(", "));
      out.append("  subgraph ")
          .append(id(workflow))
          .append("[\"")
          .append(workflow.name())
          .append(" (")
          .append(triggers)
          .append(")\"]\n");
      for (Job job : workflow.jobs()) {
        out.append("    ")
            .append(id(workflow, job))
            .append("[\"")
            .append(label(job))
            .append("\"]\n");
      }
      out.append("  end\n");
    }
    for (Workflow workflow : workflows) {
      for (Job job : workflow.jobs()) {
        for (String need : job.needs()) {
          out.append("  ")
              .append(id(workflow, workflow.job(need).orElseThrow()))
              .append(" --> ")
              .append(id(workflow, job))
              .append('\n');
        }
        if (job instanceof CallJob call) {
          out.append("  ")
              .append(id(workflow, job))
              .append(" -.-> ")
              .append(id(call.workflow()))
              .append('\n');
        }
      }
    }
    return out.toString();
  }

  private static String describe(Trigger trigger) {
    if (trigger instanceof Push push) {
      if (!push.tags().isEmpty()) {
        return "push tags " + String.join(" ", push.tags());
      }
      if (!push.branchesIgnore().isEmpty()) {
        return "push except " + String.join(" ", push.branchesIgnore());
      }
      return push.branches().isEmpty() ? "push" : "push " + String.join(" ", push.branches());
    }
    if (trigger instanceof Schedule schedule) {
      return "cron " + String.join(" / ", schedule.crons()) + " UTC";
    }
    return trigger.event();
  }

  private static String label(Job job) {
    if (job instanceof StepsJob steps && steps.environment().isPresent()) {
      return job.id() + " (environment " + steps.environment().get() + ")";
    }
    return job.id();
  }

  private static String id(Workflow workflow) {
    return "wf_" + workflow.name().replace('-', '_');
  }

  private static String id(Workflow workflow, Job job) {
    return id(workflow) + "__" + job.id().replace('-', '_');
  }
}
