package chat.k1te.workflows.cli;

import chat.k1te.ci.ExitCode;
import chat.k1te.workflows.generate.MermaidDiagram;
import chat.k1te.workflows.pipeline.KitePipeline;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code diagram}: the pipeline as a Mermaid flowchart on stdout (for the README). */
@Command(
    name = "diagram",
    mixinStandardHelpOptions = true,
    description =
        "Prints the pipeline (workflows, jobs, needs, reusable calls) as a Mermaid flowchart.")
public final class DiagramCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    out.print(MermaidDiagram.render(KitePipeline.workflows()));
    out.flush();
    return ExitCode.OK;
  }
}
