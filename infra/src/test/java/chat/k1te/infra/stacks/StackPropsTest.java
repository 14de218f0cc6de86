package chat.k1te.infra.stacks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chat.k1te.contracts.Architecture;
import chat.k1te.contracts.Stack;
import chat.k1te.infra.config.Defaults;
import chat.k1te.infra.config.InfraInputs;
import chat.k1te.infra.config.LambdaPackaging;
import chat.k1te.infra.constructs.LogGroup;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The stack property records refuse values Terraform or AWS would only refuse at apply. */
class StackPropsTest {

  @Test
  void defaultsAreValid() {
    InfraInputs inputs = InfraInputs.defaults();
    assertThat(StageProps.of(Stack.KITE_DEV, inputs).logRetentionDays())
        .isEqualTo(Defaults.DEV_LOG_RETENTION_DAYS);
    assertThat(StageProps.of(Stack.KITE_PROD, inputs).logRetentionDays())
        .isEqualTo(Defaults.PROD_LOG_RETENTION_DAYS);
    assertThat(BuildProps.of(inputs).logRetentionDays())
        .isEqualTo(Defaults.BUILD_LOG_RETENTION_DAYS);
  }

  @Test
  void aRetentionCloudWatchDoesNotOfferIsRefusedNamingTheStage() {
    assertThatThrownBy(() -> stage(15))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "log retention of stage dev must be one of CloudWatch's periods "
                + LogGroup.RETENTION_DAYS
                + " (days), got 15");
    assertThatThrownBy(() -> stage(0)).hasMessageContaining("got 0");
    assertThat(stage(1).logRetentionDays()).isEqualTo(1);
    assertThat(stage(3653).logRetentionDays()).isEqualTo(3653);
  }

  @Test
  void aBuildLogRetentionCloudWatchDoesNotOfferIsRefused() {
    assertThatThrownBy(
            () ->
                new BuildProps(
                    "pragmasoft-ua/kite-chat", Defaults.BUILDER_IMAGE, "x", 60, 31, 7, 180))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("log retention of the native build must be one of")
        .hasMessageEndingWith("got 31");
  }

  @Test
  void aStageOfAnotherStackIsRefused() {
    assertThatThrownBy(
            () ->
                new StageProps(
                    Stack.KITE_PROD,
                    "dev",
                    true,
                    LambdaPackaging.NATIVE,
                    Architecture.ARM64,
                    Optional.empty(),
                    30,
                    Defaults.THROTTLE_RATE,
                    Defaults.THROTTLE_BURST))
        .hasMessage("stage 'dev' does not belong to stack kite-prod");
  }

  @Test
  void anUnpinnedBuilderImageIsRefused() {
    assertThatThrownBy(
            () ->
                new BuildProps("pragmasoft-ua/kite-chat", "ghcr.io/x/y:latest", "x", 60, 30, 7, 1))
        .hasMessageContaining("pinned by an exact tag or digest");
  }

  private static StageProps stage(int retentionDays) {
    return new StageProps(
        Stack.KITE_DEV,
        "dev",
        false,
        LambdaPackaging.NATIVE,
        Architecture.ARM64,
        Optional.empty(),
        retentionDays,
        Defaults.THROTTLE_RATE,
        Defaults.THROTTLE_BURST);
  }
}
