package chat.k1te.workflows.generate;

import chat.k1te.workflows.model.CompositeAction;
import chat.k1te.workflows.model.Workflow;
import chat.k1te.workflows.pipeline.KitePipeline;
import chat.k1te.workflows.yaml.WorkflowYaml;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Renders workflows, composite actions and dependabot.yml into the files of {@code .github/}; no
 * I/O.
 */
public final class Generator {
  private Generator() {}

  /** The Kite pipeline's files, sorted by path. */
  public static List<GeneratedFile> kite() {
    List<GeneratedFile> files =
        new ArrayList<>(render(KitePipeline.workflows(), KitePipeline.actions()));
    files.add(new GeneratedFile(DEPENDABOT_PATH, WorkflowYaml.render(KitePipeline.dependabot())));
    files.sort(Comparator.comparing(GeneratedFile::path));
    return List.copyOf(files);
  }

  /** Dependabot's configuration, generated from the same model as the workflows. */
  public static final String DEPENDABOT_PATH = ".github/dependabot.yml";

  public static List<GeneratedFile> render(
      List<Workflow> workflows, List<CompositeAction> actions) {
    List<GeneratedFile> files = new ArrayList<>();
    for (Workflow workflow : workflows) {
      files.add(
          new GeneratedFile(
              ".github/workflows/" + workflow.fileName(), WorkflowYaml.render(workflow)));
    }
    for (CompositeAction action : actions) {
      files.add(
          new GeneratedFile(
              ".github/actions/" + action.directory() + "/action.yml",
              WorkflowYaml.render(action)));
    }
    files.sort(Comparator.comparing(GeneratedFile::path));
    return List.copyOf(files);
  }
}
