package chat.k1te.contracts;

import chat.k1te.contracts.tables.TableDefinition;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One Kite installation in an AWS account, named by its prefix ({@code kite} by default), and the
 * one place where every account-unique name of it is derived, so two installations (a fork, a
 * team's copy in a shared account) never share a name. The rule keeps the default installation's
 * names exactly as they always were:
 *
 * <ul>
 *   <li>a name that starts with {@code kite} (roles, policies and projects of {@code kite-build},
 *       the parameter and saved-query folders, state keys) starts with the prefix instead: {@code
 *       kite-github-native-build} → {@code acme-github-native-build}, {@code /kite/dev/} → {@code
 *       /acme/dev/};
 *   <li>a name that starts with the stage ({@code dev-lifecycle}, {@code dev.Channels}, {@code
 *       dev-kite-alarms}) starts with the stage's {@link #scopedStage scoped stage} instead: the
 *       stage itself in the default installation, {@code <prefix>-<stage>} in any other ({@code
 *       acme-dev-lifecycle}, {@code acme-dev.Channels}, {@code acme-dev-kite-alarms}).
 * </ul>
 *
 * <p>So where a default name has {@code kite} or the stage, another installation's name has {@code
 * <prefix>-} or {@code <prefix>/} (after a fixed service path such as {@code /aws/lambda/}), which
 * no default name has there. The permissions of an installation reach names by these prefixes, so a
 * prefix must not be another installation's prefix followed by a hyphen; this class refuses the
 * ones the default installation would reach ({@code kite-…}, {@code dev}, {@code prod} and {@code
 * dev-…}, {@code prod-…}).
 *
 * @param prefix 2–32 lower-case letters, digits or single hyphens, starting with a letter (the AWS
 *     limits of the derived names allow fewer; infra checks them at synth)
 */
public record Installation(String prefix) {
  public static final String DEFAULT_PREFIX = "kite";

  // before DEFAULT: static fields initialize in order
  private static final Pattern PREFIX = Pattern.compile("[a-z](?:[a-z0-9]|-(?!-)){0,30}[a-z0-9]");

  public static final Installation DEFAULT = new Installation(DEFAULT_PREFIX);

  public Installation {
    if (prefix == null || !PREFIX.matcher(prefix).matches()) {
      throw new IllegalArgumentException(
          "expected 2–32 lower-case letters, digits or single hyphens, starting with a letter"
              + " and not ending with a hyphen (e.g. 'acme'), got '"
              + prefix
              + "'");
    }
    if (prefix.startsWith(DEFAULT_PREFIX + "-")) {
      throw new IllegalArgumentException(
          "'"
              + prefix
              + "' starts with '"
              + DEFAULT_PREFIX
              + "-': the default installation's "
              + DEFAULT_PREFIX
              + "-* names and permissions would cover it; choose e.g. '"
              + prefix.replace("-", "")
              + "'");
    }
    for (Stack stack : Stack.values()) {
      stack
          .stage()
          .filter(stage -> prefix.equals(stage) || prefix.startsWith(stage + "-"))
          .ifPresent(
              stage -> {
                throw new IllegalArgumentException(
                    "'"
                        + prefix
                        + "' is or starts with the stage '"
                        + stage
                        + "': the default installation's "
                        + stage
                        + "-* names and permissions would cover it");
              });
    }
  }

  /** The installation named {@code prefix}; blank means the default one. */
  public static Installation of(String prefix) {
    return prefix == null || prefix.isBlank() ? DEFAULT : new Installation(prefix.strip());
  }

  public boolean isDefault() {
    return DEFAULT_PREFIX.equals(prefix);
  }

  /** An installation-wide name: {@code <prefix>-<what>}, e.g. {@code kite-artifacts-}. */
  public String name(String what) {
    Objects.requireNonNull(what, "what");
    return prefix + "-" + what;
  }

  /**
   * How a stage appears in names: {@code dev} in the default installation, {@code <prefix>-dev} in
   * any other. The functions get it as their stage ({@link LambdaEnvironment#STAGE}): it prefixes
   * their table names and is the {@code Stage} dimension of their metrics.
   */
  public String scopedStage(String stage) {
    Objects.requireNonNull(stage, "stage");
    return isDefault() ? stage : prefix + "-" + stage;
  }

  /** The scoped stage of a runtime stack's stage. */
  public String scopedStage(Stack stack) {
    return scopedStage(
        stack
            .stage()
            .orElseThrow(() -> new IllegalArgumentException(stack.stackName() + " has no stage")));
  }

  /** The IAM role GitHub Actions assumes for {@code role}, e.g. {@code kite-github-deploy-dev}. */
  public String roleName(OidcRole role) {
    return name(role.purpose());
  }

  /** The native build project of an architecture, e.g. {@code kite-native-arm64}. */
  public String codeBuildProject(Architecture architecture) {
    return name("native-" + architecture.id().replace('_', '-'));
  }

  /** A stage function's name, e.g. {@code dev-request-dispatcher}. */
  public String functionName(KiteFunction function, String stage) {
    return function.functionName(scopedStage(stage));
  }

  /** A stage table's name, e.g. {@code dev.Channels}. */
  public String tableName(TableDefinition table, String stage) {
    return table.tableName(scopedStage(stage));
  }

  /** The SSM folder of the installation's parameters: {@code /kite/}. */
  public String parameterRoot() {
    return "/" + prefix + "/";
  }

  /** The SSM folder of a stage's parameters, e.g. {@code /kite/dev/}. */
  public String parameterPath(String stage) {
    return parameterRoot() + stage + "/";
  }

  /** The console folder of a stage's saved Logs Insights queries, e.g. {@code kite/dev/}. */
  public String queryFolder(String stage) {
    return prefix + "/" + stage + "/";
  }

  /** The S3 key of a stack's Terraform state, e.g. {@code kite/kite-dev.tfstate}. */
  public String stateKey(Stack stack) {
    return prefix + "/" + stack.stackName() + ".tfstate";
  }

  /**
   * The {@code stack} tag of an AWS stack's resources (the budgets count costs by it), e.g. {@code
   * kite-dev}, {@code acme-dev}.
   */
  public String stackTag(Stack stack) {
    String name = stack.stackName();
    return stack.isAws() ? name(name.substring(name.indexOf('-') + 1)) : name;
  }
}
