package chat.k1te.contracts;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The Terraform stacks of Kite chat, as named in docs/contracts.md. */
public enum Stack {
  LOCAL("local", null),
  KITE_BUILD("kite-build", null),
  KITE_DEV("kite-dev", "dev"),
  KITE_PROD("kite-prod", "prod");

  private final String stackName;
  private final String stage;

  Stack(String stackName, String stage) {
    this.stackName = stackName;
    this.stage = stage;
  }

  public String stackName() {
    return stackName;
  }

  /** The stage a runtime stack deploys ({@code dev}, {@code prod}); empty for the others. */
  public Optional<String> stage() {
    return Optional.ofNullable(stage);
  }

  /** True for the stacks whose state lives in the S3 state bucket. */
  public boolean isAws() {
    return this != LOCAL;
  }

  /**
   * The S3 key of this stack's Terraform state in the default installation ({@link
   * Installation#stateKey} in any).
   */
  public String stateKey() {
    return Installation.DEFAULT.stateKey(this);
  }

  /** Where {@code mvn -pl infra exec:java} writes the stacks, relative to the repository root. */
  public static final String SYNTH_ROOT = "infra/cdktf.out";

  /** Where this stack is synthesized, relative to the repository root. */
  public String synthDirectory() {
    return synthDirectory(stackName);
  }

  /** The synth directory of the stack named {@code stackName} (a name or an expression for one). */
  public static String synthDirectory(String stackName) {
    return SYNTH_ROOT + "/stacks/" + stackName;
  }

  public static List<Stack> aws() {
    return Arrays.stream(values()).filter(Stack::isAws).toList();
  }

  /** Looks a stack up by its name, with an error that lists the valid names. */
  public static Stack byName(String name) {
    return Arrays.stream(values())
        .filter(s -> s.stackName.equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "Unknown stack '"
                        + name
                        + "'; valid stacks are: "
                        + Arrays.stream(values())
                            .map(Stack::stackName)
                            .collect(Collectors.joining(", "))));
  }
}
