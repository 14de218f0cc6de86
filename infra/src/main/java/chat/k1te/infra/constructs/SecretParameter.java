package chat.k1te.infra.constructs;

import chat.k1te.contracts.LambdaEnvironment;
import chat.k1te.infra.aws.ssm_parameter.SsmParameter;
import chat.k1te.infra.aws.ssm_parameter.SsmParameterConfig;
import com.hashicorp.cdktf.TerraformVariable;
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
   * @param value a nullable (and ephemeral) string variable holding the secret
   * @param version the number variable whose change triggers the write
   */
  public static SsmParameter create(
      Construct scope,
      String id,
      String name,
      String description,
      TerraformVariable value,
      TerraformVariable version) {
    SsmParameter parameter =
        new SsmParameter(
            scope,
            id,
            SsmParameterConfig.builder()
                .name(name)
                .description(description)
                .type("SecureString")
                .build());
    // a null test needs the bare reference inside one expression, which a token cannot give
    String secret = "var." + value.getFriendlyUniqueId();
    parameter.addOverride(
        "value_wo", "${" + secret + " == null ? \"" + UNSET + "\" : " + secret + "}");
    parameter.addOverride("value_wo_version", version.getNumberValue());
    return parameter;
  }
}
