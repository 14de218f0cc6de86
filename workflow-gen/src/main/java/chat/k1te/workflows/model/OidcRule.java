package chat.k1te.workflows.model;

import chat.k1te.contracts.OidcRole;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A job may hold {@code id-token: write} only to assume an AWS role, and may assume a role only if
 * that role's trust accepts the job: roles bound to a GitHub environment need the job to declare
 * that environment, the others need a job without one (whose {@code sub} claim is the ref).
 */
final class OidcRule {
  static final String ROLE_INPUT = "role-to-assume";

  private OidcRule() {}

  static void check(
      String jobId, Optional<String> environment, Permissions permissions, List<Step> steps) {
    List<String> roles =
        steps.stream()
            .filter(UsesStep.class::isInstance)
            .map(s -> ((UsesStep) s).with().get(ROLE_INPUT))
            .filter(r -> r != null)
            .toList();
    boolean idToken = permissions.grants(Permission.ID_TOKEN, Permission.Level.WRITE);
    if (roles.isEmpty() && idToken) {
      throw new IllegalArgumentException(
          "Job '"
              + jobId
              + "' requests id-token: write but assumes no AWS role; drop the permission");
    }
    for (String role : roles) {
      if (!idToken) {
        throw new IllegalArgumentException(
            "Job '" + jobId + "' assumes an AWS role but lacks id-token: write");
      }
      boolean trusted =
          Arrays.stream(OidcRole.values())
              .filter(r -> Expr.vars(r.arnVariable()).text().equals(role))
              .anyMatch(r -> r.environment().equals(environment));
      if (!trusted) {
        throw new IllegalArgumentException(
            "Job '"
                + jobId
                + "' assumes "
                + role
                + " with environment "
                + environment.orElse("(none)")
                + ", which no OidcRole trusts; use vars.<OidcRole.arnVariable()> of a role for"
                + " this environment");
      }
    }
  }
}
