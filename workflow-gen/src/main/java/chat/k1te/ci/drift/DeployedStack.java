package chat.k1te.ci.drift;

import chat.k1te.ci.CiException;
import chat.k1te.ci.StrictJson;
import chat.k1te.contracts.Artifacts;
import chat.k1te.contracts.Stack;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What a stack's {@code terraform output -json} says about its deployment: nothing at all (no
 * state), or deployed, with the commit and secrets version a stage runs.
 */
record DeployedStack(boolean isDeployed, Optional<Stage> stage) {
  static final String ARTIFACT_COMMIT = "artifact_commit";
  static final String SECRETS_VERSION = "telegram_secrets_version";
  static final String ARTIFACT_VERSION = "artifact_version";
  static final String ARTIFACT_SHA256 = "artifact_sha256";

  /** {@code terraform output -json} of a stage is a few KB; anything near this is not one. */
  private static final long MAX_BYTES = 1_000_000;

  /** The values a stage's drift plan must use: what was applied, not what main would deploy. */
  record Stage(
      String artifactCommit,
      String telegramSecretsVersion,
      String artifactVersion,
      String artifactSha256) {}

  static DeployedStack read(Stack stack, Path file) {
    JsonNode outputs = parse(file);
    if (outputs.isEmpty()) {
      return new DeployedStack(false, Optional.empty());
    }
    if (stack.stage().isEmpty()) {
      return new DeployedStack(true, Optional.empty());
    }
    String commit = value(outputs, ARTIFACT_COMMIT).orElse("");
    try {
      Artifacts.requireSha(commit);
    } catch (IllegalArgumentException e) {
      throw CiException.remoteState(
          "Stack "
              + stack.stackName()
              + " is deployed but its output "
              + ARTIFACT_COMMIT
              + " is missing or not a commit SHA; apply the stage once from the pipeline");
    }
    String version = value(outputs, SECRETS_VERSION).orElse("1");
    if (!version.matches("[1-9][0-9]{0,8}")) {
      throw CiException.remoteState(
          "Stack " + stack.stackName() + ": output " + SECRETS_VERSION + " is not a number");
    }
    return new DeployedStack(
        true,
        Optional.of(
            new Stage(
                commit,
                version,
                value(outputs, ARTIFACT_VERSION).orElse(""),
                value(outputs, ARTIFACT_SHA256).orElse(""))));
  }

  private static JsonNode parse(Path file) {
    if (!Files.isRegularFile(file)) {
      throw CiException.invalidInput("--outputs-json " + file + " does not exist or is not a file");
    }
    JsonNode root = StrictJson.parse("--outputs-json " + file, file, MAX_BYTES);
    if (root == null || !root.isObject()) {
      throw CiException.invalidInput(
          "--outputs-json " + file + " is not the object `terraform output -json` prints");
    }
    return root;
  }

  /** {@code {"name": {"value": ..., "type": ..., "sensitive": ...}}}; numbers as text. */
  private static Optional<String> value(JsonNode outputs, String name) {
    JsonNode value = outputs.path(name).path("value");
    return value.isValueNode() && !value.isNull() ? Optional.of(value.asText()) : Optional.empty();
  }
}
