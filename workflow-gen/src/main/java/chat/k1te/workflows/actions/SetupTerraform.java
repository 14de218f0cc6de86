package chat.k1te.workflows.actions;

import chat.k1te.workflows.model.UsesStep;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * hashicorp/setup-terraform. The wrapper is off: it would rewrite exit codes and stdout, which
 * {@code plan -detailed-exitcode} and {@code output -raw} rely on.
 */
public record SetupTerraform(String terraformVersion) {
  /** The version every workflow uses (S3 native locking, write-only attributes). */
  public static final String VERSION = "1.15.9";

  public SetupTerraform {
    if (terraformVersion == null || !terraformVersion.matches("\\d+\\.\\d+\\.\\d+")) {
      throw new IllegalArgumentException(
          "Terraform version must be exact (x.y.z), got '" + terraformVersion + "'");
    }
  }

  public UsesStep step() {
    Map<String, String> with = new LinkedHashMap<>();
    with.put("terraform_version", terraformVersion);
    with.put("terraform_wrapper", "false");
    return UsesStep.of("Set up Terraform " + terraformVersion, ActionPins.SETUP_TERRAFORM, with);
  }
}
