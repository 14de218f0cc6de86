package chat.k1te.infra.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chat.k1te.contracts.Architecture;
import chat.k1te.contracts.Installation;
import chat.k1te.contracts.KiteFunction;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InfraInputsTest {

  @Test
  void noInputMeansTheDefaults() {
    assertThat(InfraInputs.fromEnvironment(Map.of())).isEqualTo(InfraInputs.defaults());
    assertThat(InfraInputs.defaults().repository()).isEqualTo("pragmasoft-ua/kite-chat");
    assertThat(InfraInputs.defaults().packaging()).isEqualTo(LambdaPackaging.NATIVE);
    assertThat(InfraInputs.defaults().domain()).isEmpty();
  }

  @Test
  void emptyVariablesCountAsUnset() {
    assertThat(
            InfraInputs.fromEnvironment(
                Map.of("KITE_REPOSITORY", "", "KITE_DOMAIN", " ", "KITE_LAMBDA_PACKAGING", "")))
        .isEqualTo(InfraInputs.defaults());
  }

  @Test
  void readsEveryInput() {
    InfraInputs inputs =
        InfraInputs.fromEnvironment(
            Map.of(
                "KITE_REPOSITORY", "me/my-kite",
                "KITE_DOMAIN", "k1te.chat",
                "KITE_LAMBDA_PACKAGING", "jvm"));
    assertThat(inputs)
        .isEqualTo(new InfraInputs("me/my-kite", Optional.of("k1te.chat"), LambdaPackaging.JVM));
  }

  @Test
  void aBadRepositoryNamesTheInput() {
    assertThatThrownBy(() -> InfraInputs.fromEnvironment(Map.of("KITE_REPOSITORY", "no-slash")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("KITE_REPOSITORY: ")
        .hasMessageContaining("'no-slash'");
  }

  @Test
  void aBadDomainNamesTheInput() {
    assertThatThrownBy(
            () -> InfraInputs.fromEnvironment(Map.of("KITE_DOMAIN", "https://k1te.chat/")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("KITE_DOMAIN: ")
        .hasMessageContaining("'https://k1te.chat/'");
  }

  @Test
  void aBadPackagingNamesTheInputAndTheChoices() {
    assertThatThrownBy(() -> InfraInputs.fromEnvironment(Map.of("KITE_LAMBDA_PACKAGING", "graal")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("KITE_LAMBDA_PACKAGING: expected one of native, jvm, jvm-aot, got 'graal'");
  }

  @Test
  void theInstallationIsAnInputDefaultingToKite() {
    assertThat(InfraInputs.fromEnvironment(Map.of()).installation())
        .isEqualTo(Installation.DEFAULT);
    assertThat(InfraInputs.fromEnvironment(Map.of("KITE_INSTALLATION", "")).installation())
        .isEqualTo(Installation.DEFAULT);
    assertThat(InfraInputs.fromEnvironment(Map.of("KITE_INSTALLATION", "acme")).installation())
        .isEqualTo(new Installation("acme"));
  }

  @Test
  void aBadInstallationNamesTheInput() {
    assertThatThrownBy(() -> InfraInputs.fromEnvironment(Map.of("KITE_INSTALLATION", "Acme")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("KITE_INSTALLATION: ")
        .hasMessageContaining("got 'Acme'");
    assertThatThrownBy(() -> InfraInputs.fromEnvironment(Map.of("KITE_INSTALLATION", "kite-b")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("KITE_INSTALLATION: 'kite-b' starts with 'kite-'");
  }

  @Test
  void artifactKeysComeFromTheSharedContract() {
    assertThat(LambdaPackaging.NATIVE.artifactKey("${var.c}", Architecture.ARM64))
        .isEqualTo("lambda/${var.c}/function.zip");
    assertThat(LambdaPackaging.JVM.artifactKey("${var.c}", Architecture.ARM64))
        .isEqualTo("lambda/${var.c}/function-jvm.zip");
    assertThat(LambdaPackaging.NATIVE.artifactKey("${var.c}", Architecture.X86_64))
        .isEqualTo("lambda/x86_64/${var.c}/function.zip");
    assertThat(LambdaPackaging.JVM_AOT.artifactKey("${var.c}", Architecture.ARM64))
        .isEqualTo("lambda/${var.c}/function-jvm-aot.zip");
  }

  @Test
  void theArchitectureIsAnInputDefaultingToArm64() {
    assertThat(InfraInputs.fromEnvironment(Map.of()).architecture()).isEqualTo(Architecture.ARM64);
    assertThat(
            InfraInputs.fromEnvironment(Map.of("KITE_LAMBDA_ARCHITECTURE", "x86_64"))
                .architecture())
        .isEqualTo(Architecture.X86_64);
    assertThatThrownBy(
            () -> InfraInputs.fromEnvironment(Map.of("KITE_LAMBDA_ARCHITECTURE", "amd64")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("KITE_LAMBDA_ARCHITECTURE: expected one of arm64, x86_64, got 'amd64'");
  }

  @Test
  void anExistingOidcProviderIsAYesNoInput() {
    assertThat(
            InfraInputs.fromEnvironment(Map.of("KITE_EXISTING_GITHUB_OIDC_PROVIDER", "true"))
                .existingOidcProvider())
        .isTrue();
    assertThat(InfraInputs.defaults().existingOidcProvider()).isFalse();
    assertThatThrownBy(
            () -> InfraInputs.fromEnvironment(Map.of("KITE_EXISTING_GITHUB_OIDC_PROVIDER", "yes")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("KITE_EXISTING_GITHUB_OIDC_PROVIDER: expected true or false, got 'yes'");
  }

  @Test
  void jvmAotIsACustomRuntimeSelectedByItsHyphenatedName() {
    LambdaPackaging aot =
        InfraInputs.fromEnvironment(Map.of("KITE_LAMBDA_PACKAGING", "jvm-aot")).packaging();
    assertThat(aot).isEqualTo(LambdaPackaging.JVM_AOT);
    assertThat(aot.runtime()).isEqualTo("provided.al2023");
    assertThat(Defaults.memoryMb(KiteFunction.REQUEST_DISPATCHER, aot)).isEqualTo(512);
  }
}
