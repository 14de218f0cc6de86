package chat.k1te.infra.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chat.k1te.infra.ops.AlarmThresholds;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OpsInputsTest {

  @Test
  void unsetOrEmptyInputsTakeTheDefaults() {
    assertThat(OpsInputs.fromEnvironment(Map.of())).isEqualTo(OpsInputs.defaults());
    assertThat(
            OpsInputs.fromEnvironment(
                Map.of(
                    "KITE_ALARM_EMAIL",
                    " ",
                    "KITE_BUDGET_DEV_USD",
                    "",
                    "KITE_BUDGET_PROD_USD",
                    "")))
        .isEqualTo(OpsInputs.defaults());
    assertThat(InfraInputs.fromEnvironment(Map.of()).ops()).isEqualTo(OpsInputs.defaults());
  }

  @Test
  void emailAndBudgetsAreRead() {
    assertThat(
            InfraInputs.fromEnvironment(
                    Map.of(
                        "KITE_ALARM_EMAIL", "oncall@k1te.chat",
                        "KITE_BUDGET_DEV_USD", "5",
                        "KITE_BUDGET_PROD_USD", "120"))
                .ops())
        .isEqualTo(new OpsInputs(Optional.of("oncall@k1te.chat"), 5, 120));
  }

  @Test
  void badValuesNameTheirInput() {
    assertThatThrownBy(() -> OpsInputs.fromEnvironment(Map.of("KITE_ALARM_EMAIL", "oncall")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "KITE_ALARM_EMAIL: expected an e-mail address such as 'ops@example.org', got 'oncall'");
    assertThatThrownBy(() -> OpsInputs.fromEnvironment(Map.of("KITE_BUDGET_DEV_USD", "12.50")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "KITE_BUDGET_DEV_USD: expected a whole number of US dollars such as '20', got '12.50'");
    assertThatThrownBy(() -> OpsInputs.fromEnvironment(Map.of("KITE_BUDGET_PROD_USD", "0")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("KITE_BUDGET_PROD_USD: the budget must be at least 1 USD, got 0");
  }

  @Test
  void thresholdsOutsideWhatCloudWatchAcceptsAreRefused() {
    assertThatThrownBy(() -> new AlarmThresholds(90, 1, 1, 1, 80, 1, 1000, 1, 1))
        .hasMessage("alarm period must be a multiple of 60 seconds, got 90");
    assertThatThrownBy(() -> new AlarmThresholds(300, 1, 0, 1, 80, 1, 1000, 1, 1))
        .hasMessage("functionErrors threshold must be at least 1, got 0");
    assertThatThrownBy(() -> new AlarmThresholds(300, 1, 1, 1, 101, 1, 1000, 1, 1))
        .hasMessage("durationPercentOfTimeout must be 1..100, got 101");
  }
}
