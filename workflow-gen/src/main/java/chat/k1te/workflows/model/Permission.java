package chat.k1te.workflows.model;

/** A scope of the {@code GITHUB_TOKEN} permissions a job can request. */
public enum Permission {
  ACTIONS("actions"),
  CHECKS("checks"),
  CONTENTS("contents"),
  DEPLOYMENTS("deployments"),
  ID_TOKEN("id-token"),
  ISSUES("issues"),
  PACKAGES("packages"),
  PULL_REQUESTS("pull-requests"),
  STATUSES("statuses");

  private final String key;

  Permission(String key) {
    this.key = key;
  }

  /** The key as written in YAML. */
  public String key() {
    return key;
  }

  /** The level granted to a scope. */
  public enum Level {
    READ("read"),
    WRITE("write");

    private final String yaml;

    Level(String yaml) {
      this.yaml = yaml;
    }

    public String yaml() {
      return yaml;
    }
  }
}
