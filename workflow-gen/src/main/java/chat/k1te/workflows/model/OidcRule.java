package chat.k1te.workflows.model;

import java.util.List;
import java.util.Optional;

/**
 * A job may hold {@code id-token: write} only to assume an AWS role, and may assume a role only if
 * that role's trust accepts the job: roles bound to a GitHub environment need the job to declare
 * that environment, the others need a job without one (whose {@code sub} claim is the ref). A step
 * names the role it assumes as a {@link TrustedRole} ({@link UsesStep#assuming}); a bare {@code
 * role-to-assume} input is refused, since nothing could check its trust.
 */
final class OidcRule {
  static final String ROLE_INPUT = "role-to-assume";

  private OidcRule() {}

  static void check(
      String jobId, Optional<String> environment, Permissions permissions, List<Step> steps) {
    List<UsesStep> assuming =
        steps.stream()
            .filter(UsesStep.class::isInstance)
            .map(UsesStep.class::cast)
            .filter(s -> s.with().containsKey(ROLE_INPUT))
            .toList();
    boolean idToken = permissions.grants(Permission.ID_TOKEN, Permission.Level.WRITE);
    if (assuming.isEmpty() && idToken) {
      throw new IllegalArgumentException(
          "Job '"
              + jobId
              + "' requests id-token: write but assumes no AWS role; drop the permission");
    }
    for (UsesStep step : assuming) {
      if (!idToken) {
        throw new IllegalArgumentException(
            "Job '" + jobId + "' assumes an AWS role but lacks id-token: write");
      }
      TrustedRole role =
          step.assumes()
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "Job '"
                              + jobId
                              + "' step '"
                              + step.name()
                              + "' passes "
                              + ROLE_INPUT
                              + " without naming the role; build it with UsesStep.assuming"));
      if (!role.environment().equals(environment)) {
        throw new IllegalArgumentException(
            "Job '"
                + jobId
                + "' assumes "
                + role.arn().text()
                + " with environment "
                + environment.orElse("(none)")
                + ", but that role trusts only jobs with environment "
                + role.environment().orElse("(none)"));
      }
    }
  }
}
