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
    TerraformVariable artifactVersion,
    TerraformVariable artifactSha256,
    TerraformVariable readOnlyPlan,
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
        new TerraformVariable(
            stack,
            "artifact_version",
            TerraformVariableConfig.builder()
                .type("string")
                .description(
                    "S3 version id of the package, from the commit's build record"
                        + " (builds/<sha>.json): Lambda fetches exactly this version")
                .validation(
                    check(
                        "can(regex(\"^[A-Za-z0-9._-]{1,1024}$\", var.artifact_version))",
                        "artifact_version must be an S3 version id (kite-ci artifact resolve)."))
                .build()),
        new TerraformVariable(
            stack,
            "artifact_sha256",
            TerraformVariableConfig.builder()
                .type("string")
                .description(
                    "Base64 SHA-256 of the package, from the build record; the apply fails if"
                        + " Lambda's CodeSha256 differs")
                .validation(
                    check(
                        "can(regex(\"^[A-Za-z0-9+/]{43}=$\", var.artifact_sha256))",
                        "artifact_sha256 must be a base64 SHA-256 (kite-ci artifact resolve)."))
                .build()),
        new TerraformVariable(
            stack,
            "read_only_plan",
            TerraformVariableConfig.builder()
                .type("bool")
                .defaultValue(false)
                .description(
                    "True only for the drift check's plan, which has no secrets and is never"
                        + " applied; otherwise the Telegram secrets are required")
                .build()),
        secret(
            stack,
            "telegram_bot_token",
            "The Telegram bot token (written to SSM, never to state)",
            requiredUnlessReadOnly("telegram_bot_token")),
        secret(
            stack,
            "telegram_secret_token",
            "The webhook secret Telegram sends in X-Telegram-Bot-Api-Secret-Token",
            concat(
                requiredUnlessReadOnly("telegram_secret_token"),
                check(
                    "var.telegram_secret_token == null ? true :"
                        + " can(regex(\"^[A-Za-z0-9_-]{1,256}$\", var.telegram_secret_token))",
                    "telegram_secret_token must be 1-256 characters A-Z, a-z, 0-9, _ or -."))),
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

  /**
   * A plan that may be applied must carry the secret: without it SSM would get the placeholder
   * ({@link chat.k1te.infra.constructs.SecretParameter#UNSET}), which must never reach a stage.
   * Only the drift check's read-only plan runs without secrets.
   */
  private static List<TerraformVariableValidationConfig> requiredUnlessReadOnly(String name) {
    return check(
        "var.read_only_plan || (var." + name + " != null && var." + name + " != \"\")",
        name
            + " is required: an apply without it would store a placeholder secret (only the"
            + " drift check's read_only_plan may omit it).");
  }

  private static List<TerraformVariableValidationConfig> concat(
      List<TerraformVariableValidationConfig> a, List<TerraformVariableValidationConfig> b) {
    List<TerraformVariableValidationConfig> all = new java.util.ArrayList<>(a);
    all.addAll(b);
    return all;
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
