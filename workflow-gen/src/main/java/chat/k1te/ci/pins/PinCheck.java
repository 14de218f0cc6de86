package chat.k1te.ci.pins;

import chat.k1te.workflows.model.ActionRef;
import java.util.Optional;

/**
 * One pinned action against GitHub: the commit its tag points at, and the newest release in its
 * major and in any newer major (each with the commit its tag points at).
 */
record PinCheck(
    ActionRef.Pinned pin,
    String tagCommit,
    Optional<Upgrade> sameMajor,
    Optional<Upgrade> newerMajor) {

  /** A newer release and the commit to pin for it. */
  record Upgrade(String tag, String sha) {}

  /** The pinned SHA is not the commit of the pinned tag: moved tag, or a wrong pin. */
  boolean mismatch() {
    return !pin.sha().equals(tagCommit);
  }

  boolean stale() {
    return sameMajor.isPresent() || newerMajor.isPresent();
  }

  /** GitHub repository of the action ({@code owner/name/path} actions live in owner/name). */
  static String repositoryOf(ActionRef.Pinned pin) {
    String[] parts = pin.repository().split("/");
    return parts[0] + "/" + parts[1];
  }
}
