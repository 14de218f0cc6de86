package chat.k1te.workflows.model;

import java.util.Optional;

/**
 * A cloud role a step assumes with the job's GitHub OIDC token. The model knows only what the
 * role's trust policy asks of the job; the pipeline supplies its own roles.
 */
public interface TrustedRole {
  /** The expression a step passes as the role to assume (e.g. a repository variable). */
  Expr arn();

  /**
   * The GitHub environment the role's trust requires the job to declare, or empty for a role that
   * trusts jobs without an environment (their token's {@code sub} claim is the ref).
   */
  Optional<String> environment();
}
