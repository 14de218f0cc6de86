package chat.k1te.workflows.pipeline;

import chat.k1te.workflows.model.Expr;
import chat.k1te.workflows.model.Ordered;
import chat.k1te.workflows.model.Permission;
import chat.k1te.workflows.model.Permissions;
import chat.k1te.workflows.model.RunStep;
import chat.k1te.workflows.model.Schedule;
import chat.k1te.workflows.model.StepsJob;
import chat.k1te.workflows.model.Workflow;
import chat.k1te.workflows.model.WorkflowDispatch;
import java.util.List;
import java.util.Optional;

/**
 * {@code pins}: weekly, checks every pinned action against its repository ({@code kite-ci pins
 * --issue}) and keeps one issue listing the upgrades with their verified SHAs. Dependabot cannot do
 * this: the pins live in generator code, and a bump of the generated YAML would fail {@code check}.
 */
public final class PinsWorkflow {
  private PinsWorkflow() {}

  /** Mondays, 06:00 UTC. */
  public static final String CRON = "0 6 * * 1";

  static final Workflow WORKFLOW =
      new Workflow(
          "pins.yml",
          "pins",
          List.of(Schedule.cron(CRON), new WorkflowDispatch(List.of())),
          Optional.empty(),
          List.of(
              StepsJob.builder("pins", "Action pins")
                  .permissions(
                      Permissions.contentsRead().with(Permission.ISSUES, Permission.Level.WRITE))
                  .timeoutMinutes(20)
                  .step(Steps.checkout())
                  .step(Steps.setupBuild(true))
                  .step(
                      RunStep.bash(
                              "Check the pins and keep the issue",
                              Toolchain.KITE_CI + " pins --issue\n")
                          .withEnv(Ordered.map("GITHUB_TOKEN", Expr.of("github.token").text())))
                  .build()));
}
