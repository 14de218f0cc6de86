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
}
