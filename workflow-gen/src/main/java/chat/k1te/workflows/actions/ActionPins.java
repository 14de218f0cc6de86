package chat.k1te.workflows.actions;

import chat.k1te.workflows.model.ActionRef;
import java.util.List;

/**
 * Every third-party action the pipeline uses, pinned by the full commit SHA of a release tag (each
 * the current release of its current major, all on the node24 action runtime). The one place to
 * bump an action: {@code kite-ci pins --token ...} reports newer releases and checks each SHA
 * against its tag; the bump comes with the release's {@code action.yml}, which ActionBindingsTest
 * checks the typed bindings against.
 */
public final class ActionPins {
  private ActionPins() {}

  /** actions/checkout v7.0.1. */
  public static final ActionRef.Pinned CHECKOUT =
      new ActionRef.Pinned(
          "actions/checkout", "3d3c42e5aac5ba805825da76410c181273ba90b1", "v7.0.1");

  /** actions/setup-java v5.7.0. */
  public static final ActionRef.Pinned SETUP_JAVA =
      new ActionRef.Pinned(
          "actions/setup-java", "b6effb05e454b25005698d916606bdc6ffcbf961", "v5.7.0");

  /** actions/setup-node v7.0.0. */
  public static final ActionRef.Pinned SETUP_NODE =
      new ActionRef.Pinned(
          "actions/setup-node", "820762786026740c76f36085b0efc47a31fe5020", "v7.0.0");

  /** aws-actions/configure-aws-credentials v6.2.3. */
  public static final ActionRef.Pinned CONFIGURE_AWS_CREDENTIALS =
      new ActionRef.Pinned(
          "aws-actions/configure-aws-credentials",
          "e6de054238d6b7531b4efff3b6587d9aade6a06c",
          "v6.2.3");

  /** hashicorp/setup-terraform v4.0.1. */
  public static final ActionRef.Pinned SETUP_TERRAFORM =
      new ActionRef.Pinned(
          "hashicorp/setup-terraform", "dfe3c3f87815947d99a8997f908cb6525fc44e9e", "v4.0.1");

  /** actions/upload-artifact v7.0.0. */
  public static final ActionRef.Pinned UPLOAD_ARTIFACT =
      new ActionRef.Pinned(
          "actions/upload-artifact", "bbbca2ddaa5d8feaa63e36b76fdaad77386f024f", "v7.0.0");

  /** actions/download-artifact v8.0.1 (bound for completeness; the pipeline passes S3 keys). */
  public static final ActionRef.Pinned DOWNLOAD_ARTIFACT =
      new ActionRef.Pinned(
          "actions/download-artifact", "3e5f45b2cfb9172054b4087a40e8e0b5a5461e7c", "v8.0.1");

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
