package chat.k1te.workflows.pipeline;

import chat.k1te.workflows.model.CompositeAction;
import chat.k1te.workflows.model.CompositeAction.Input;
import chat.k1te.workflows.model.CompositeAction.Output;
import chat.k1te.workflows.model.Expr;
import chat.k1te.workflows.model.Ordered;
import chat.k1te.workflows.model.RunStep;
import java.util.List;

/**
 * What a deploy checks before it touches a stage: the commit is on main, and the package main built
 * for it is the one its build record pins.
 */
final class ReleaseActions {
  private ReleaseActions() {}

  /** The remote-tracking ref of main after a checkout with every branch. */
  static final String MAIN_REF = "refs/remotes/origin/" + KitePipeline.MAIN;

  /** The one shell script of {@link #VERIFY_ON_MAIN}; a test runs it against a real repository. */
  static final String VERIFY_ON_MAIN_SCRIPT =
      "if ! git rev-parse --verify --quiet \"$MAIN_REF^{commit}\" > /dev/null; then\n"
          + "  echo \"::error::$MAIN_REF is missing: check out with fetch-depth 0\" >&2\n"
          + "  exit 1\n"
          + "fi\n"
          + "if ! git merge-base --is-ancestor \"$COMMIT\" \"$MAIN_REF\"; then\n"
          + "  echo \"::error::$COMMIT is not on main: a release tag must point at a commit that"
          + " main contains (and built)\" >&2\n"
          + "  exit 1\n"
          + "fi\n"
          + "echo \"$COMMIT is on main\"\n";

  static final CompositeAction VERIFY_ON_MAIN =
      new CompositeAction(
          "verify-on-main",
          "Verify the commit is on main",
          "Fails unless the commit is reachable from main (needs a checkout with fetch-depth 0):"
              + " a release tag on an unreviewed commit never reaches a deploy.",
          List.of(
              Input.required("commit", "40-hex commit being released"),
              Input.optional("main-ref", "Ref of main in this clone", MAIN_REF)),
          List.of(),
          List.of(
              RunStep.bash("Check that main contains the commit", VERIFY_ON_MAIN_SCRIPT)
                  .withEnv(
                      Ordered.map(
                          "COMMIT", Steps.inputs("commit"),
                          "MAIN_REF", Steps.inputs("main-ref")))));

  static final CompositeAction ARTIFACT_RESOLVE =
      new CompositeAction(
          "artifact-resolve",
          "Resolve the commit's recorded package",
          "Reads the commit's build record and checks the pinned package version hashes as"
              + " recorded; fails when main never built the commit. Needs AWS credentials that"
              + " read the artifacts bucket.",
          List.of(
              Input.required("commit", "40-hex commit being deployed"),
              Input.required(
                  "artifacts-bucket", "The artifacts bucket (variable KITE_ARTIFACTS_BUCKET)"),
              Input.optional(
                  "lambda-packaging",
                  "native, jvm or jvm-aot (GitHub variable KITE_LAMBDA_PACKAGING); empty for native",
                  ""),
              Input.optional(
                  "lambda-architecture",
                  "arm64 or x86_64 (GitHub variable KITE_LAMBDA_ARCHITECTURE); empty for arm64",
                  "")),
          List.of(
              new Output(
                  "artifact-version",
                  "S3 version id of the package",
                  Expr.stepOutput("resolve", "artifact-version")),
              new Output(
                  "artifact-sha256",
                  "Base64 SHA-256 of the package",
                  Expr.stepOutput("resolve", "artifact-sha256"))),
          List.of(
              RunStep.bash(
                      "Resolve the recorded package",
                      Toolchain.KITE_CI
                          + " artifact resolve --bucket \"$ARTIFACTS_BUCKET\" --commit \"$COMMIT\""
                          + " --packaging \"${PACKAGING:-native}\""
                          + " --architecture \"${ARCHITECTURE:-arm64}\"\n")
                  .withId("resolve")
                  .withEnv(
                      Ordered.map(
                          "ARTIFACTS_BUCKET", Steps.inputs("artifacts-bucket"),
                          "COMMIT", Steps.inputs("commit"),
                          "PACKAGING", Steps.inputs("lambda-packaging"),
                          "ARCHITECTURE", Steps.inputs("lambda-architecture")))));
}
