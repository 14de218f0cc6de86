package chat.k1te.workflows.actions;

import chat.k1te.contracts.GithubNames;
import chat.k1te.contracts.OidcRole;
import chat.k1te.workflows.model.Expr;
import chat.k1te.workflows.model.TrustedRole;
import chat.k1te.workflows.model.UsesStep;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * aws-actions/configure-aws-credentials by OIDC only: the role ARN comes from the GitHub variable
 * the {@link OidcRole} names, the region from {@code vars.AWS_REGION}; no access keys exist.
 */
public record ConfigureAwsCredentials(OidcRole role) {
  /** A Kite role as the workflow model sees it: its ARN variable and the environment it trusts. */
  record Trusted(OidcRole role) implements TrustedRole {
    @Override
    public Expr arn() {
      return Expr.vars(role.arnVariable());
    }

    @Override
    public Optional<String> environment() {
      return role.environment();
    }
  }

  public UsesStep step() {
    Map<String, String> with = new LinkedHashMap<>();
    with.put("role-to-assume", new Trusted(role).arn().text());
    with.put("aws-region", Expr.vars(GithubNames.VAR_AWS_REGION).text());
    with.put("role-session-name", "kite-" + role.name().toLowerCase().replace('_', '-'));
    with.put("mask-aws-account-id", "true");
    return UsesStep.assuming(
        new Trusted(role),
        "Assume the " + role.purpose() + " role (OIDC)",
        ActionPins.CONFIGURE_AWS_CREDENTIALS,
        with);
  }
}
