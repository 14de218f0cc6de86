package chat.k1te.workflows.model;

/**
 * An event that starts a workflow. Deliberately closed: {@code pull_request_target} and {@code
 * workflow_run} (which run with secrets on behalf of untrusted code) cannot be expressed.
 */
public sealed interface Trigger
    permits Push, PullRequest, Schedule, WorkflowDispatch, WorkflowCall {

  /** The event name as written under {@code on:}. */
  String event();
}
