package chat.k1te.infra.stacks;

import com.hashicorp.cdktf.TerraformStack;
import com.hashicorp.cdktf.TerraformVariable;
import com.hashicorp.cdktf.TerraformVariableConfig;
import com.hashicorp.cdktf.TerraformVariableValidationConfig;
import com.hashicorp.cdktf.Token;
import java.util.List;
import java.util.Optional;

/**
 * The Terraform variables of a stage stack (the deploy and drift workflows pass them:
 * workflow-gen's TerraformActions). Secrets are sensitive, nullable and EPHEMERAL: they can only
 * flow into write-only attributes and provider settings, so no plan file or state ever holds them.
 */
record StageVariables(
    TerraformVariable artifactsBucket,
    TerraformVariable artifactCommit,
    TerraformVariable telegramBotToken,
    TerraformVariable telegramSecretToken,
    TerraformVariable secretsVersion,
    Optional<TerraformVariable> cloudflareApiToken) {

  static StageVariables declare(TerraformStack stack, boolean withDomain) {
    return new StageVariables(
        new TerraformVariable(
            stack,
            "artifacts_bucket",
            TerraformVariableConfig.builder()
                .type("string")
                .description("The artifacts bucket (output artifacts_bucket of kite-build)")
                .validation(
                    check(
                        "can(regex(\"^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$\", var.artifacts_bucket))",
                        "artifacts_bucket must be an S3 bucket name."))
                .build()),
        new TerraformVariable(
            stack,
            "artifact_commit",
            TerraformVariableConfig.builder()
                .type("string")
                .description("The 40-hex commit whose Lambda package (lambda/<sha>/) is deployed")
                .validation(
                    check(
                        "can(regex(\"^[0-9a-f]{40}$\", var.artifact_commit))",
                        "artifact_commit must be a full 40-character lower-case commit SHA."))
                .build()),
        secret(
            stack,
            "telegram_bot_token",
            "The Telegram bot token (written to SSM, never to state)",
            List.of()),
        secret(
            stack,
            "telegram_secret_token",
            "The webhook secret Telegram sends in X-Telegram-Bot-Api-Secret-Token",
            check(
                "var.telegram_secret_token == null ? true :"
                    + " can(regex(\"^[A-Za-z0-9_-]{1,256}$\", var.telegram_secret_token))",
                "telegram_secret_token must be 1-256 characters A-Z, a-z, 0-9, _ or -.")),
        new TerraformVariable(
            stack,
            "telegram_secrets_version",
            TerraformVariableConfig.builder()
                .type("number")
                .defaultValue(1)
                .description(
                    "Raise to write new Telegram secrets to SSM (write-only values are sent only"
                        + " when this changes)")
                .validation(
                    check(
                        "var.telegram_secrets_version >= 1",
                        "telegram_secrets_version must be a positive number."))
                .build()),
        withDomain
            ? Optional.of(
                secret(
                    stack,
                    "cloudflare_api_token",
                    "Cloudflare API token with Zone DNS edit on the domain; when null the provider"
                        + " reads CLOUDFLARE_API_TOKEN from the environment",
                    List.of()))
            : Optional.empty());
  }

  /** Optional secret: null (absent) in the drift plan, which must not need it. */
  private static TerraformVariable secret(
      TerraformStack stack,
      String name,
      String description,
      List<TerraformVariableValidationConfig> validation) {
    TerraformVariableConfig.Builder config =
        TerraformVariableConfig.builder()
            .type("string")
            .sensitive(true)
            .nullable(true)
            .defaultValue(Token.nullValue())
            .description(description);
    if (!validation.isEmpty()) {
      config.validation(validation);
    }
    return ephemeral(new TerraformVariable(stack, name, config.build()));
  }

  private static List<TerraformVariableValidationConfig> check(String condition, String message) {
    return List.of(
        TerraformVariableValidationConfig.builder()
            .condition("${" + condition + "}")
            .errorMessage(message)
            .build());
  }

  private static TerraformVariable ephemeral(TerraformVariable variable) {
    variable.addOverride("ephemeral", true);
    return variable;
  }
}
