package chat.k1te.workflows.pipeline;

import chat.k1te.workflows.model.CompositeAction;
import java.util.List;

/** Every composite action of the Kite pipeline, in the order they are written. */
public final class KiteActions {
  private KiteActions() {}

  public static List<CompositeAction> all() {
    return List.of(
        BuildActions.SETUP_BUILD,
        BuildActions.CODEBUILD_NATIVE,
        BuildActions.SYNTH,
        ReleaseActions.VERIFY_ON_MAIN,
        ReleaseActions.ARTIFACT_RESOLVE,
        TerraformActions.TERRAFORM_DEPLOY,
        TerraformActions.DRIFT_CHECK,
        TerraformActions.STAGE_ENDPOINTS,
        CheckActions.SMOKE,
        CheckActions.E2E_RUN);
  }
}
