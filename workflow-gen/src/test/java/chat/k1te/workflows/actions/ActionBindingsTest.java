package chat.k1te.workflows.actions;

import static org.assertj.core.api.Assertions.assertThat;

import chat.k1te.contracts.OidcRole;
import chat.k1te.workflows.model.ActionRef;
import chat.k1te.workflows.model.UsesStep;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Nothing offline checks the inputs of an action pinned by SHA, so the bindings are checked here
 * against the inputs each pinned release declares in its action.yml (copied by hand from that tag;
 * update together with {@link ActionPins}).
 */
class ActionBindingsTest {
  private static final Map<ActionRef.Pinned, Set<String>> DECLARED =
      Map.of(
          ActionPins.CHECKOUT,
          Set.of(
              "repository",
              "ref",
              "token",
              "ssh-key",
              "ssh-known-hosts",
              "ssh-strict",
              "ssh-user",
              "persist-credentials",
              "path",
              "clean",
              "filter",
              "sparse-checkout",
              "sparse-checkout-cone-mode",
              "fetch-depth",
              "fetch-tags",
              "show-progress",
              "lfs",
              "submodules",
              "set-safe-directory",
              "github-server-url"),
          ActionPins.SETUP_JAVA,
          Set.of(
              "java-version",
              "java-version-file",
              "distribution",
              "java-package",
              "architecture",
              "jdkFile",
              "check-latest",
              "server-id",
              "server-username",
              "server-password",
              "settings-path",
              "overwrite-settings",
              "gpg-private-key",
              "gpg-passphrase",
              "cache",
              "cache-dependency-path",
              "job-status",
              "token",
              "mvn-toolchain-id",
              "mvn-toolchain-vendor"),
          ActionPins.SETUP_NODE,
          Set.of(
              "node-version",
              "node-version-file",
              "architecture",
              "check-latest",
              "registry-url",
              "scope",
              "token",
              "cache",
              "cache-dependency-path",
              "always-auth"),
          ActionPins.CONFIGURE_AWS_CREDENTIALS,
          Set.of(
              "audience",
              "aws-access-key-id",
              "aws-secret-access-key",
              "aws-session-token",
              "aws-region",
              "mask-aws-account-id",
              "role-to-assume",
              "web-identity-token-file",
              "role-duration-seconds",
              "role-session-name",
              "role-external-id",
              "role-skip-session-tagging",
              "inline-session-policy",
              "managed-session-policies",
              "output-credentials",
              "unset-current-credentials",
              "disable-retry",
              "retry-max-attempts",
              "special-characters-workaround",
              "use-existing-credentials",
              "role-chaining",
              "http-proxy"),
          ActionPins.SETUP_TERRAFORM,
          Set.of(
              "cli_config_credentials_hostname", "cli_config_credentials_token",
              "terraform_version", "terraform_wrapper"),
          ActionPins.UPLOAD_ARTIFACT,
          Set.of(
              "name",
              "path",
              "if-no-files-found",
              "retention-days",
              "compression-level",
              "overwrite",
              "include-hidden-files"),
          ActionPins.DOWNLOAD_ARTIFACT,
          Set.of(
              "name", "pattern", "path", "merge-multiple", "github-token", "repository", "run-id"));

  private static void assertDeclared(UsesStep step) {
    ActionRef.Pinned pin = (ActionRef.Pinned) step.action();
    assertThat(DECLARED).containsKey(pin);
    assertThat(DECLARED.get(pin)).as(pin.repository()).containsAll(step.with().keySet());
  }

  @Test
  void everyBindingUsesOnlyInputsItsPinnedReleaseDeclares() {
    assertDeclared(new Checkout(Optional.of("main"), Optional.of(0)).step());
    assertDeclared(SetupJava.temurinWithMavenCache("17").step());
    assertDeclared(new SetupNode("20", Optional.of("tools/package-lock.json")).step());
    assertDeclared(new ConfigureAwsCredentials(OidcRole.BUILD).step());
    assertDeclared(new SetupTerraform(SetupTerraform.VERSION).step());
    assertDeclared(new UploadArtifact("a", List.of("x"), "warn", 1).step("Upload"));
    assertDeclared(new DownloadArtifact("a", "x").step("Download"));
    assertThat(DECLARED.keySet()).containsExactlyInAnyOrderElementsOf(ActionPins.all());
  }

  @Test
  void checkoutNeverPersistsCredentials() {
    assertThat(Checkout.head().step().with()).containsEntry("persist-credentials", "false");
  }

  @Test
  void awsCredentialsComeOnlyFromTheRolesVariable() {
    Map<String, String> with = new ConfigureAwsCredentials(OidcRole.DRIFT).step().with();
    assertThat(with)
        .containsEntry("role-to-assume", "${{ vars.KITE_DRIFT_ROLE_ARN }}")
        .containsEntry("aws-region", "${{ vars.AWS_REGION }}")
        .doesNotContainKeys("aws-access-key-id", "aws-secret-access-key");
  }

  @Test
  void pinsAreDistinctFullShas() {
    assertThat(ActionPins.all()).extracting(ActionRef.Pinned::sha).doesNotHaveDuplicates();
    assertThat(ActionPins.all()).allSatisfy(p -> assertThat(p.sha()).hasSize(40));
  }
}
