package chat.k1te.workflows.model;

/** The runner label of a job ({@code runs-on}). */
public record Runner(String label) {
  /** GitHub's hosted Ubuntu 24.04 x64 runner, named by its version so upgrades are explicit. */
  public static final Runner UBUNTU_24_04 = new Runner("ubuntu-24.04");

  public Runner {
    if (label == null || !label.matches("[A-Za-z0-9._-]+")) {
      throw new IllegalArgumentException("Runner label must be a plain label, got '" + label + "'");
    }
  }
}
