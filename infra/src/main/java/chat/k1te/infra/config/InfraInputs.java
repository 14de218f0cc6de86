package chat.k1te.infra.config;

import chat.k1te.contracts.Architecture;
import chat.k1te.contracts.GithubNames;
import chat.k1te.contracts.Installation;
import chat.k1te.contracts.OidcRole;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The synth-time inputs, read from the environment. None is required: every stack synthesizes with
 * the defaults.
 *
 * @param repository the GitHub repository ({@code owner/name}) the OIDC roles trust
 * @param domain a Cloudflare-hosted domain for {@code ws.<domain>} and {@code api.<domain>}
 * @param packaging how the Lambda code is packaged
 * @param ops alarm e-mail and stage budgets
 * @param architecture the CPU the stages' functions run on, for every packaging
 * @param existingOidcProvider the account already has GitHub's OIDC provider: kite-build looks it
 *     up instead of creating it (an account holds one provider per URL)
 * @param installation the prefix of every account-unique name, so two installations can share an
 *     account
 */
public record InfraInputs(
    String repository,
    Optional<String> domain,
    LambdaPackaging packaging,
    OpsInputs ops,
    Architecture architecture,
    boolean existingOidcProvider,
    Installation installation) {

  public static final String REPOSITORY_VARIABLE = "KITE_REPOSITORY";
  public static final String DOMAIN_VARIABLE = "KITE_DOMAIN";
  public static final String PACKAGING_VARIABLE = "KITE_LAMBDA_PACKAGING";
  public static final String ARCHITECTURE_VARIABLE = "KITE_LAMBDA_ARCHITECTURE";
  public static final String EXISTING_OIDC_PROVIDER_VARIABLE =
      GithubNames.VAR_EXISTING_GITHUB_OIDC_PROVIDER;
  public static final String INSTALLATION_VARIABLE = GithubNames.VAR_INSTALLATION;

  private static final Pattern DOMAIN =
      Pattern.compile("(?=.{4,200}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");

  public InfraInputs {
    Objects.requireNonNull(repository, "repository");
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(packaging, "packaging");
    Objects.requireNonNull(ops, "ops");
    Objects.requireNonNull(architecture, "architecture");
    Objects.requireNonNull(installation, "installation");
    try {
      OidcRole.BUILD.subjects(repository);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(REPOSITORY_VARIABLE, e.getMessage());
    }
    domain.ifPresent(
        d -> {
          if (!DOMAIN.matcher(d).matches()) {
            throw new InvalidInputException(
                DOMAIN_VARIABLE,
                "expected a lower-case DNS name such as 'k1te.chat' (no scheme, no trailing dot),"
                    + " got '"
                    + d
                    + "'");
          }
        });
  }

  /** With the default operations inputs, arm64, a new OIDC provider, the default installation. */
  public InfraInputs(String repository, Optional<String> domain, LambdaPackaging packaging) {
    this(repository, domain, packaging, OpsInputs.defaults());
  }

  /** arm64, the default architecture, a new OIDC provider, the default installation. */
  public InfraInputs(
      String repository, Optional<String> domain, LambdaPackaging packaging, OpsInputs ops) {
    this(repository, domain, packaging, ops, Architecture.ARM64, false, Installation.DEFAULT);
  }

  /** The defaults: this project's repository, no custom domain, native packaging, arm64. */
  public static InfraInputs defaults() {
    return new InfraInputs(
        GithubNames.DEFAULT_REPOSITORY, Optional.empty(), LambdaPackaging.NATIVE);
  }

  public InfraInputs withArchitecture(Architecture value) {
    return new InfraInputs(
        repository, domain, packaging, ops, value, existingOidcProvider, installation);
  }

  public InfraInputs withExistingOidcProvider(boolean value) {
    return new InfraInputs(repository, domain, packaging, ops, architecture, value, installation);
  }

  public InfraInputs withInstallation(Installation value) {
    return new InfraInputs(
        repository, domain, packaging, ops, architecture, existingOidcProvider, value);
  }

  /**
   * Reads {@code KITE_REPOSITORY}, {@code KITE_DOMAIN}, {@code KITE_LAMBDA_PACKAGING}, {@code
   * KITE_LAMBDA_ARCHITECTURE}, {@code KITE_EXISTING_GITHUB_OIDC_PROVIDER}, {@code
   * KITE_INSTALLATION}.
   */
  public static InfraInputs fromEnvironment(Map<String, String> environment) {
    InfraInputs defaults = defaults();
    return new InfraInputs(
        value(environment, REPOSITORY_VARIABLE).orElse(defaults.repository()),
        value(environment, DOMAIN_VARIABLE),
        value(environment, PACKAGING_VARIABLE)
            .map(v -> LambdaPackaging.parse(PACKAGING_VARIABLE, v))
            .orElse(defaults.packaging()),
        OpsInputs.fromEnvironment(environment),
        value(environment, ARCHITECTURE_VARIABLE)
            .map(InfraInputs::architecture)
            .orElse(defaults.architecture()),
        value(environment, EXISTING_OIDC_PROVIDER_VARIABLE)
            .map(InfraInputs::flag)
            .orElse(defaults.existingOidcProvider()),
        value(environment, INSTALLATION_VARIABLE)
            .map(InfraInputs::installation)
            .orElse(defaults.installation()));
  }

  private static boolean flag(String value) {
    return switch (value) {
      case "true" -> true;
      case "false" -> false;
      default ->
          throw new InvalidInputException(
              EXISTING_OIDC_PROVIDER_VARIABLE, "expected true or false, got '" + value + "'");
    };
  }

  private static Installation installation(String value) {
    try {
      return new Installation(value);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(INSTALLATION_VARIABLE, e.getMessage());
    }
  }

  private static Architecture architecture(String value) {
    try {
      return Architecture.byId(value);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(ARCHITECTURE_VARIABLE, e.getMessage());
    }
  }

  /** An unset or empty variable counts as absent (GitHub renders unset variables as ""). */
  private static Optional<String> value(Map<String, String> environment, String name) {
    return Optional.ofNullable(environment.get(name)).map(String::strip).filter(v -> !v.isEmpty());
  }
}
