package chat.k1te.workflows.actions;

import chat.k1te.contracts.GithubNames;
import chat.k1te.contracts.OidcRole;
import chat.k1te.workflows.model.Expr;
import chat.k1te.workflows.model.UsesStep;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * aws-actions/configure-aws-credentials by OIDC only: the role ARN comes from the GitHub variable
 * the {@link OidcRole} names, the region from {@code vars.AWS_REGION}; no access keys exist.
 */
public record ConfigureAwsCredentials(OidcRole role) {
  public UsesStep step() {
    Map<String, String> with = new LinkedHashMap<>();
    with.put("role-to-assume", Expr.vars(role.arnVariable()).text());
    with.put("aws-region", Expr.vars(GithubNames.VAR_AWS_REGION).text());
    with.put("role-session-name", "kite-" + role.name().toLowerCase().replace('_', '-'));
    with.put("mask-aws-account-id", "true");
    return UsesStep.of(
        "Assume the " + role.roleName() + " role (OIDC)",
        ActionPins.CONFIGURE_AWS_CREDENTIALS,
        with);
  }
}
