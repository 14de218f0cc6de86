package chat.k1te.infra.constructs;

import chat.k1te.contracts.LambdaEnvironment;
import com.hashicorp.cdktf.providers.aws.ssm_parameter.SsmParameter;
import com.hashicorp.cdktf.providers.aws.ssm_parameter.SsmParameterConfig;
import software.constructs.Construct;

/**
 * An SSM SecureString whose value Terraform writes but never stores: {@code value_wo} (write-only,
 * Terraform 1.11+) is sent to AWS only when {@code value_wo_version} changes, and is absent from
 * plan and state. A plan without the secret (the nightly drift check) therefore shows no change.
 * The provider binding predates write-only attributes, hence the overrides.
 */
public final class SecretParameter {
  /** Written when the first apply runs without the secret; the Lambdas refuse to start with it. */
  public static final String UNSET = LambdaEnvironment.UNSET_SECRET;

  private SecretParameter() {}

  /**
   * @param valueExpression a nullable variable, e.g. {@code var.telegram_bot_token}, WITHOUT {@code
   *     ${}}
   * @param versionExpression the write trigger, e.g. {@code var.telegram_secrets_version}
   */
  public static SsmParameter create(
      Construct scope,
      String id,
      String name,
      String description,
      String valueExpression,
      String versionExpression) {
    SsmParameter parameter =
        new SsmParameter(
            scope,
            id,
            SsmParameterConfig.builder()
                .name(name)
                .description(description)
                .type("SecureString")
                .build());
    parameter.addOverride(
        "value_wo",
        "${" + valueExpression + " == null ? \"" + UNSET + "\" : " + valueExpression + "}");
    parameter.addOverride("value_wo_version", "${" + versionExpression + "}");
    return parameter;
  }
}
