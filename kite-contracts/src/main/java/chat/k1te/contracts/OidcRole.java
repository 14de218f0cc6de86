package chat.k1te.contracts;

import java.util.List;
import java.util.Optional;

/**
 * The IAM roles GitHub Actions assumes through OIDC, one per purpose. The same values generate the
 * roles' trust policies (infra) and decide which workflow job may assume which role (workflow-gen):
 * one source of truth.
 */
public enum OidcRole {
  /**
   * Native build: put source, start/stop/read CodeBuild, read its logs and artifacts, write build
   * records. Workflows on {@code main} only: whatever prod deploys was built from reviewed code.
   */
  BUILD(
      "github-native-build", GithubNames.VAR_BUILD_ROLE_ARN, null, List.of("ref:refs/heads/main")),
  /** Plan and apply kite-dev; only jobs in the {@code dev} environment. */
  DEPLOY_DEV(
      "github-deploy-dev",
      GithubNames.VAR_DEPLOY_ROLE_ARN,
      GithubNames.ENV_DEV,
      List.of("environment:" + GithubNames.ENV_DEV)),
  /** Plan and apply kite-prod; only jobs in the {@code prod} environment. */
  DEPLOY_PROD(
      "github-deploy-prod",
      GithubNames.VAR_DEPLOY_ROLE_ARN,
      GithubNames.ENV_PROD,
      List.of("environment:" + GithubNames.ENV_PROD)),
  /** Read-only plan of every stack; scheduled runs use the default branch. */
  DRIFT(
      "github-drift-read-only",
      GithubNames.VAR_DRIFT_ROLE_ARN,
      null,
      List.of("ref:refs/heads/main"));

  /** The audience GitHub's token must carry for AWS STS. */
  public static final String AUDIENCE = "sts.amazonaws.com";

  /** The issuer host of GitHub's OIDC tokens. */
  public static final String TOKEN_HOST = "token.actions.githubusercontent.com";

  private final String purpose;
  private final String arnVariable;
  private final String environment;
  private final List<String> subjectSuffixes;

  OidcRole(String purpose, String arnVariable, String environment, List<String> subjectSuffixes) {
    this.purpose = purpose;
    this.arnVariable = arnVariable;
    this.environment = environment;
    this.subjectSuffixes = subjectSuffixes;
  }

  /** The role's name without the installation prefix, e.g. {@code github-deploy-dev}. */
  public String purpose() {
    return purpose;
  }

  /** The role's name in the default installation; {@link Installation#roleName} names it in any. */
  public String roleName() {
    return Installation.DEFAULT.roleName(this);
  }

  /** The GitHub variable (repository or environment level) that holds the role ARN. */
  public String arnVariable() {
    return arnVariable;
  }

  /** The GitHub environment a job must declare to assume this role, if any. */
  public Optional<String> environment() {
    return Optional.ofNullable(environment);
  }

  /** The {@code sub} claims the trust policy accepts, e.g. {@code repo:o/r:environment:dev}. */
  public List<String> subjects(String repository) {
    if (repository == null || !repository.matches("[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+")) {
      throw new IllegalArgumentException(
          "repository must be 'owner/name', got '" + repository + "'");
    }
    return subjectSuffixes.stream().map(s -> "repo:" + repository + ":" + s).toList();
  }
}
