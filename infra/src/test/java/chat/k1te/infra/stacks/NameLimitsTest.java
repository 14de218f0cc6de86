package chat.k1te.infra.stacks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chat.k1te.contracts.Installation;
import chat.k1te.infra.config.InvalidInputException;
import org.junit.jupiter.api.Test;

/** A prefix is as long as the tightest AWS limit of the names it goes into allows. */
class NameLimitsTest {

  @Test
  void theDefaultAndEightCharacterPrefixesFit() {
    assertThat(NameLimits.of(Installation.DEFAULT)).noneMatch(NameLimits.Limit::exceeded);
    assertThat(NameLimits.of(new Installation("acmecorp"))).noneMatch(NameLimits.Limit::exceeded);
  }

  @Test
  void theChatFilesBucketPrefixIsTheTightestLimit() {
    assertThatThrownBy(() -> NameLimits.check(new Installation("acmecorpx")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "KITE_INSTALLATION: 'acmecorpx' is too long: the chat files bucket prefix"
                + " 'acmecorpx-prod-k1te-chat-object-store-' would have 38 characters, AWS"
                + " allows 37");
  }

  @Test
  void everyLimitedNameCarriesThePrefix() {
    assertThat(NameLimits.of(new Installation("acme")))
        .extracting(NameLimits.Limit::name)
        .allMatch(name -> name.startsWith("acme-"))
        .contains(
            "acme-codebuild-acme-native-x86-64",
            "acme-prod-request-dispatcher",
            "acme-dev-kite-webhook-check");
  }
}
