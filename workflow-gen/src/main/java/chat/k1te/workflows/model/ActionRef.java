package chat.k1te.workflows.model;

import java.util.regex.Pattern;

/** What a {@code uses:} step runs: a third-party action pinned by commit, or a local action. */
public sealed interface ActionRef {

  /** The {@code uses:} value. */
  String uses();

  /**
   * A third-party action pinned by its full 40-hex commit SHA; {@code version} is the release tag
   * that commit carries, written as a comment after the pin.
   */
  record Pinned(String repository, String sha, String version) implements ActionRef {
    private static final Pattern SHA = Pattern.compile("[0-9a-f]{40}");
    private static final Pattern REPO = Pattern.compile("[A-Za-z0-9_.-]+/[A-Za-z0-9_./-]+");

    public Pinned {
      if (repository == null || !REPO.matcher(repository).matches()) {
        throw new IllegalArgumentException(
            "Action repository must be 'owner/name[/path]', got '" + repository + "'");
      }
      if (sha == null || !SHA.matcher(sha).matches()) {
        throw new IllegalArgumentException(
            "Action "
                + repository
                + " must be pinned by a full 40-hex lower-case commit SHA, got '"
                + sha
                + "'");
      }
      if (version == null || !version.matches("v\\d+(\\.\\d+)*")) {
        throw new IllegalArgumentException(
            "Pin of " + repository + " needs its release tag (e.g. v4.2.2), got '" + version + "'");
      }
    }

    @Override
    public String uses() {
      return repository + "@" + sha;
    }
  }

  /** A composite action of this repository, {@code ./.github/actions/<name>}. */
  record Local(String name) implements ActionRef {
    public Local {
      Names.requireId("local action", name);
    }

    @Override
    public String uses() {
      return "./.github/actions/" + name;
    }
  }
}
