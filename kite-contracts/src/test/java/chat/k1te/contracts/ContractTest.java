package chat.k1te.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chat.k1te.contracts.tables.KiteTables;
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
    assertThat(Installation.DEFAULT.codeBuildProject(Architecture.X86_64))
        .isEqualTo("kite-native-x86-64");
    assertThat(Installation.DEFAULT.codeBuildProject(Architecture.ARM64))
        .isEqualTo(Artifacts.CODEBUILD_PROJECT)
        .isEqualTo("kite-native-arm64");
    assertThatThrownBy(() -> Architecture.byId("amd64")).hasMessageContaining("arm64, x86_64");
    assertThatThrownBy(() -> PackageFile.byPackaging("war")).hasMessageContaining("jvm-aot");
  }

  @Test
  void installationPrefixesAreLowerCaseNamesTheDefaultInstallationDoesNotReach() {
    assertThat(new Installation("acme-corp").prefix()).isEqualTo("acme-corp");
    assertThat(Installation.of(" ")).isEqualTo(Installation.DEFAULT);
    assertThat(Installation.of("kite2")).isEqualTo(new Installation("kite2"));
    for (String bad :
        new String[] {"Kite", "k", "acme-", "-acme", "ac--me", "a_b", "a".repeat(33), ""}) {
      assertThatThrownBy(() -> new Installation(bad)).as(bad).hasMessageContaining("got '");
    }
    for (String reached : new String[] {"kite-two", "dev", "prod", "dev-team", "prod-x"}) {
      assertThatThrownBy(() -> new Installation(reached))
          .as(reached)
          .hasMessageContaining("names and permissions would cover it");
    }
  }

  @Test
  void theDefaultInstallationKeepsItsNames() {
    Installation kite = Installation.DEFAULT;
    assertThat(kite.isDefault()).isTrue();
    assertThat(kite.roleName(OidcRole.BUILD)).isEqualTo("kite-github-native-build");
    assertThat(OidcRole.DEPLOY_DEV.roleName()).isEqualTo("kite-github-deploy-dev");
    assertThat(kite.functionName(KiteFunction.LIFECYCLE, "dev")).isEqualTo("dev-lifecycle");
    assertThat(kite.tableName(KiteTables.CHANNELS, "prod")).isEqualTo("prod.Channels");
    assertThat(kite.scopedStage(Stack.KITE_DEV)).isEqualTo("dev");
    assertThat(kite.parameterPath("dev")).isEqualTo("/kite/dev/");
    assertThat(kite.queryFolder("prod")).isEqualTo("kite/prod/");
    assertThat(kite.stateKey(Stack.KITE_BUILD)).isEqualTo("kite/kite-build.tfstate");
    assertThat(kite.stackTag(Stack.KITE_DEV)).isEqualTo("kite-dev");
    assertThat(kite.name("artifacts-")).isEqualTo("kite-artifacts-");
  }

  @Test
  void anotherInstallationPrefixesEveryName() {
    Installation acme = new Installation("acme");
    assertThat(acme.isDefault()).isFalse();
    assertThat(acme.roleName(OidcRole.DRIFT)).isEqualTo("acme-github-drift-read-only");
    assertThat(acme.codeBuildProject(Architecture.ARM64)).isEqualTo("acme-native-arm64");
    assertThat(acme.functionName(KiteFunction.REQUEST_DISPATCHER, "prod"))
        .isEqualTo("acme-prod-request-dispatcher");
    assertThat(acme.tableName(KiteTables.MESSAGES, "dev")).isEqualTo("acme-dev.Messages");
    assertThat(acme.scopedStage("dev")).isEqualTo("acme-dev");
    assertThat(acme.parameterPath("dev")).isEqualTo("/acme/dev/");
    assertThat(acme.queryFolder("dev")).isEqualTo("acme/dev/");
    assertThat(acme.stateKey(Stack.KITE_PROD)).isEqualTo("acme/kite-prod.tfstate");
    assertThat(acme.stackTag(Stack.KITE_PROD)).isEqualTo("acme-prod");
    assertThat(acme.stackTag(Stack.KITE_BUILD)).isEqualTo("acme-build");
  }
}
