package chat.k1te.workflows.pipeline;

import chat.k1te.workflows.model.CompositeAction;
import chat.k1te.workflows.model.Dependabot;
import chat.k1te.workflows.model.Workflow;
import java.util.List;

/** The Kite pipeline: every workflow and composite action generated into {@code .github/}. */
public final class KitePipeline {
  private KitePipeline() {}

  /** The default branch; pushes to it deploy dev. */
  public static final String MAIN = "main";

  public static List<Workflow> workflows() {
    return List.of(
        CiWorkflow.WORKFLOW,
        BuildNativeWorkflow.WORKFLOW,
        DeployDevWorkflow.WORKFLOW,
        TagToProdWorkflow.WORKFLOW,
        NightlyDriftWorkflow.WORKFLOW,
        PinsWorkflow.WORKFLOW,
        E2eWorkflow.WORKFLOW);
  }

  /** Weekly version updates of the poms and the Node tools (actions: see {@code kite-ci pins}). */
  public static Dependabot dependabot() {
    return new Dependabot(
        List.of(
            new Dependabot.Update(Dependabot.Ecosystem.MAVEN, "/", Dependabot.Interval.WEEKLY, 5),
            new Dependabot.Update(
                Dependabot.Ecosystem.NPM, "/tools", Dependabot.Interval.WEEKLY, 5)));
  }

  public static List<CompositeAction> actions() {
    return KiteActions.all();
  }
}
