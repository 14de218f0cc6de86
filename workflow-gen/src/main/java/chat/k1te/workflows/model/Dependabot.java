package chat.k1te.workflows.model;

import java.util.List;

/**
 * {@code .github/dependabot.yml}: version updates for the ecosystems whose versions live in files
 * Dependabot can edit (the poms, the Node tools' package.json). Actions are not among them: their
 * pins live in generator code, which {@code kite-ci pins} watches instead.
 */
public record Dependabot(List<Update> updates) {
  /** Ecosystems Dependabot can update in this repository. */
  public enum Ecosystem {
    MAVEN("maven"),
    NPM("npm");

    private final String key;

    Ecosystem(String key) {
      this.key = key;
    }

    public String key() {
      return key;
    }
  }

  /** How often Dependabot looks. */
  public enum Interval {
    DAILY,
    WEEKLY,
    MONTHLY;

    public String key() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** One ecosystem in one directory; at most {@code openPullRequests} open at once. */
  public record Update(
      Ecosystem ecosystem, String directory, Interval interval, int openPullRequests) {
    public Update {
      if (!directory.startsWith("/")) {
        throw new IllegalArgumentException(
            "Dependabot directory must start with '/', got '" + directory + "'");
      }
      if (openPullRequests < 1) {
        throw new IllegalArgumentException("open-pull-requests-limit must be >= 1");
      }
    }
  }

  public Dependabot {
    updates = List.copyOf(updates);
    if (updates.isEmpty()) {
      throw new IllegalArgumentException("dependabot.yml needs at least one update");
    }
  }
}
