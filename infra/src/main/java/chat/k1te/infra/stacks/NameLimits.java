package chat.k1te.infra.stacks;

import chat.k1te.contracts.Architecture;
import chat.k1te.contracts.Installation;
import chat.k1te.contracts.KiteFunction;
import chat.k1te.contracts.OidcRole;
import chat.k1te.contracts.Stack;
import chat.k1te.infra.config.InfraInputs;
import chat.k1te.infra.config.InvalidInputException;
import chat.k1te.infra.ops.OpsNames;
import java.util.ArrayList;
import java.util.List;

/**
 * The AWS length limits of the names the installation prefix goes into, checked before anything is
 * synthesized: a prefix that makes one too long fails the synth naming the input and the limit,
 * instead of failing the apply. The names come from the same derivations the stacks use; every
 * architecture counts, so switching one later cannot break a prefix that was accepted.
 */
final class NameLimits {
  /** S3 adds 26 characters to a {@code bucket_prefix}; the bucket name may have 63. */
  static final int BUCKET_PREFIX = 37;

  static final int IAM_ROLE = 64;
  static final int IAM_POLICY = 128;
  static final int LAMBDA_FUNCTION = 64;
  static final int EVENT_RULE = 64;
  static final int BUDGET = 100;

  /** One derived name and the most characters AWS allows for it. */
  record Limit(String what, String name, int max) {
    boolean exceeded() {
      return name.length() > max;
    }
  }

  private NameLimits() {}

  static List<Limit> of(Installation installation) {
    List<Limit> limits = new ArrayList<>();
    limits.add(
        new Limit("artifacts bucket prefix", installation.name("artifacts-"), BUCKET_PREFIX));
    for (OidcRole role : OidcRole.values()) {
      limits.add(new Limit("IAM role name", installation.roleName(role), IAM_ROLE));
    }
    limits.add(new Limit("IAM role name", BuildStack.apiGatewayRoleName(installation), IAM_ROLE));
    for (Architecture architecture : Architecture.values()) {
      limits.add(
          new Limit(
              "IAM role name",
              NativeBuildProject.serviceRoleName(installation, architecture),
              IAM_ROLE));
    }
    for (Stack stack : Stack.aws()) {
      stack
          .stage()
          .ifPresent(
              stage -> {
                String scope = installation.scopedStage(stage);
                limits.add(
                    new Limit(
                        "chat files bucket prefix",
                        StageStack.objectStorePrefix(scope),
                        BUCKET_PREFIX));
                for (KiteFunction function : KiteFunction.values()) {
                  String name = installation.functionName(function, stage);
                  limits.add(new Limit("Lambda function name", name, LAMBDA_FUNCTION));
                  limits.add(new Limit("IAM role name", name, IAM_ROLE));
                }
                limits.add(
                    new Limit(
                        "IAM policy name", LambdaBoundary.name(installation, stack), IAM_POLICY));
                limits.add(
                    new Limit(
                        "EventBridge rule name", OpsNames.webhookCheckRule(scope), EVENT_RULE));
                limits.add(new Limit("budget name", OpsNames.budget(scope), BUDGET));
              });
    }
    return limits;
  }

  /** Throws for the first name the installation's prefix makes too long. */
  static void check(Installation installation) {
    of(installation).stream()
        .filter(Limit::exceeded)
        .findFirst()
        .ifPresent(
            limit -> {
              throw new InvalidInputException(
                  InfraInputs.INSTALLATION_VARIABLE,
                  "'"
                      + installation.prefix()
                      + "' is too long: the "
                      + limit.what()
                      + " '"
                      + limit.name()
                      + "' would have "
                      + limit.name().length()
                      + " characters, AWS allows "
                      + limit.max());
            });
  }
}
