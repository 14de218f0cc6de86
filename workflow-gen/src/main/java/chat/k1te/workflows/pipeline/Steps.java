package chat.k1te.workflows.pipeline;

import chat.k1te.contracts.OidcRole;
import chat.k1te.workflows.actions.Checkout;
import chat.k1te.workflows.actions.ConfigureAwsCredentials;
import chat.k1te.workflows.actions.DownloadArtifact;
import chat.k1te.workflows.actions.UploadArtifact;
import chat.k1te.workflows.model.CompositeAction;
import chat.k1te.workflows.model.Expr;
import chat.k1te.workflows.model.Ordered;
import chat.k1te.workflows.model.UsesStep;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Steps that several jobs share. */
final class Steps {
  private Steps() {}

  static UsesStep checkout() {
    return Checkout.head().step();
  }

  /** JDK, Node and (optionally) the kite-ci jar. */
  static UsesStep setupBuild(boolean buildKiteCi) {
    return local(
        "Set up the build (JDK, Node" + (buildKiteCi ? ", kite-ci.jar)" : ")"),
        BuildActions.SETUP_BUILD,
        Ordered.map("build-kite-ci", Boolean.toString(buildKiteCi)));
  }

  static UsesStep assume(OidcRole role) {
    return new ConfigureAwsCredentials(role).step();
  }

  static UsesStep uploadSynth() {
    return new UploadArtifact(Toolchain.SYNTH_ARTIFACT, List.of(Toolchain.SYNTH_DIR), "error", 7)
        .step("Keep the synthesized stacks for the next jobs");
  }

  static UsesStep downloadSynth() {
    return new DownloadArtifact(Toolchain.SYNTH_ARTIFACT, Toolchain.SYNTH_DIR)
        .step("Fetch the synthesized stacks");
  }

  /** A step running one of our composite actions, its inputs checked against the action's. */
  static UsesStep local(String name, CompositeAction action, Map<String, String> with) {
    return action.step(name, new LinkedHashMap<>(with));
  }

  static String vars(String name) {
    return Expr.vars(name).text();
  }

  static String secrets(String name) {
    return Expr.secrets(name).text();
  }

  static String inputs(String name) {
    return Expr.inputs(name).text();
  }
}
