package chat.k1te.workflows.actions;

import chat.k1te.workflows.model.ActionRef;
import java.util.List;

/**
 * Every third-party action the pipeline uses, pinned by the full commit SHA of a release tag. The
 * one place to bump an action. Provenance: the build machine has no network, so each SHA was looked
 * up by a code search of public GitHub repositories (2026-11-28) for workflows pinning the action
 * with exactly this SHA and this release comment; for every pin at least ten unrelated files
 * agreed. Verify with {@code git ls-remote https://github.com/<owner>/<repo> refs/tags/<tag>}
 * before bumping, and update the input lists in ActionBindingsTest with the new action.yml.
 */
public final class ActionPins {
  private ActionPins() {}

  /** actions/checkout v4.2.2. */
  public static final ActionRef.Pinned CHECKOUT =
      new ActionRef.Pinned(
          "actions/checkout", "11bd71901bbe5b1630ceea73d27597364c9af683", "v4.2.2");

  /** actions/setup-java v4.7.1. */
  public static final ActionRef.Pinned SETUP_JAVA =
      new ActionRef.Pinned(
          "actions/setup-java", "c5195efecf7bdfc987ee8bae7a71cb8b11521c00", "v4.7.1");

  /** actions/setup-node v4.4.0. */
  public static final ActionRef.Pinned SETUP_NODE =
      new ActionRef.Pinned(
          "actions/setup-node", "49933ea5288caeca8642d1e84afbd3f7d6820020", "v4.4.0");

  /** aws-actions/configure-aws-credentials v4.2.1. */
  public static final ActionRef.Pinned CONFIGURE_AWS_CREDENTIALS =
      new ActionRef.Pinned(
          "aws-actions/configure-aws-credentials",
          "b47578312673ae6fa5b5096b330d9fbac3d116df",
          "v4.2.1");

  /** hashicorp/setup-terraform v3.1.2. */
  public static final ActionRef.Pinned SETUP_TERRAFORM =
      new ActionRef.Pinned(
          "hashicorp/setup-terraform", "b9cd54a3c349d3f38e8881555d616ced269862dd", "v3.1.2");

  /** actions/upload-artifact v4.6.2. */
  public static final ActionRef.Pinned UPLOAD_ARTIFACT =
      new ActionRef.Pinned(
          "actions/upload-artifact", "ea165f8d65b6e75b540449e92b4886f43607fa02", "v4.6.2");

  /** actions/download-artifact v4.3.0 (bound for completeness; the pipeline passes S3 keys). */
  public static final ActionRef.Pinned DOWNLOAD_ARTIFACT =
      new ActionRef.Pinned(
          "actions/download-artifact", "d3f86a106a0bac45b974a628896c90dbdf5c8093", "v4.3.0");

  public static List<ActionRef.Pinned> all() {
    return List.of(
        CHECKOUT,
        SETUP_JAVA,
        SETUP_NODE,
        CONFIGURE_AWS_CREDENTIALS,
        SETUP_TERRAFORM,
        UPLOAD_ARTIFACT,
        DOWNLOAD_ARTIFACT);
  }
}
