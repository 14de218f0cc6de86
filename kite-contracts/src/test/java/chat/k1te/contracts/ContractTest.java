package chat.k1te.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ContractTest {
  private static final String SHA = "0123456789abcdef0123456789abcdef01234567";

  @Test
  void stacksHaveTheirContractNamesAndStateKeys() {
    assertThat(Stack.byName("kite-dev").stage()).contains("dev");
    assertThat(Stack.KITE_PROD.stateKey()).isEqualTo("kite/kite-prod.tfstate");
    assertThat(Stack.aws()).doesNotContain(Stack.LOCAL);
  }

  @Test
  void anUnknownStackNamesTheValidOnes() {
    assertThatThrownBy(() -> Stack.byName("kite"))
        .hasMessage(
            "Unknown stack 'kite'; valid stacks are: local, kite-build, kite-dev, kite-prod");
  }

  @Test
  void artifactKeysFollowTheContract() {
    assertThat(Artifacts.sourceKey(SHA)).isEqualTo("source/" + SHA + ".zip");
    assertThat(Artifacts.nativeFunctionKey(SHA)).isEqualTo("lambda/" + SHA + "/function.zip");
    assertThat(Artifacts.jvmAotFunctionKey(SHA))
        .isEqualTo("lambda/" + SHA + "/function-jvm-aot.zip");
    assertThatThrownBy(() -> Artifacts.nativeFunctionKey("main")).hasMessageContaining("'main'");
    assertThat(Artifacts.buildRecordKey(SHA)).isEqualTo("builds/" + SHA + ".json");
  }

  @Test
  void deployRolesTrustOnlyTheirEnvironment() {
    assertThat(OidcRole.DEPLOY_PROD.subjects("o/r")).containsExactly("repo:o/r:environment:prod");
    // a tag on an unreviewed commit must not be able to build what prod deploys
    assertThat(OidcRole.BUILD.subjects("o/r")).containsExactly("repo:o/r:ref:refs/heads/main");
    assertThatThrownBy(() -> OidcRole.DRIFT.subjects("just-a-name"))
        .hasMessageContaining("owner/name");
  }

  @Test
  void everyArchitectureAndPackagingHasItsOwnKey() {
    assertThat(Artifacts.functionKey(SHA, Architecture.ARM64, PackageFile.JVM))
        .isEqualTo("lambda/" + SHA + "/function-jvm.zip");
    assertThat(Artifacts.functionKey(SHA, Architecture.X86_64, PackageFile.NATIVE))
        .isEqualTo("lambda/x86_64/" + SHA + "/function.zip");
    assertThat(Artifacts.functionKey(SHA, Architecture.X86_64, PackageFile.JVM_AOT))
        .isEqualTo("lambda/x86_64/" + SHA + "/function-jvm-aot.zip");
    assertThat(Architecture.X86_64.codeBuildProject("kite")).isEqualTo("kite-native-x86-64");
    assertThat(Architecture.ARM64.codeBuildProject("kite")).isEqualTo(Artifacts.CODEBUILD_PROJECT);
    assertThatThrownBy(() -> Architecture.byId("amd64")).hasMessageContaining("arm64, x86_64");
    assertThatThrownBy(() -> PackageFile.byPackaging("war")).hasMessageContaining("jvm-aot");
  }

  @Test
  void installationPrefixesAreShortLowerCaseNames() {
    assertThat(Installation.require("acme-kite")).isEqualTo("acme-kite");
    for (String bad :
        new String[] {"Kite", "k", "kite-", "-kite", "ki--te", "a1234567890123", ""}) {
      assertThatThrownBy(() -> Installation.require(bad)).as(bad).hasMessageContaining("got '");
    }
  }
}
