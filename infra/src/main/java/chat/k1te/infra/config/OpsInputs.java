package chat.k1te.infra.config;

import chat.k1te.infra.ops.StageOps;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The synth-time operations inputs, read from the environment like the others (the drift check
 * synthesizes with the same values, so they cause no drift).
 *
 * @param alarmEmail address subscribed to every stage's alarm topic
 * @param devBudgetUsd monthly budget of {@code kite-dev}
 * @param prodBudgetUsd monthly budget of {@code kite-prod}
 */
public record OpsInputs(Optional<String> alarmEmail, int devBudgetUsd, int prodBudgetUsd) {

  public static final String ALARM_EMAIL_VARIABLE = "KITE_ALARM_EMAIL";
  public static final String DEV_BUDGET_VARIABLE = "KITE_BUDGET_DEV_USD";
  public static final String PROD_BUDGET_VARIABLE = "KITE_BUDGET_PROD_USD";

  public OpsInputs {
    Objects.requireNonNull(alarmEmail, "alarmEmail");
    alarmEmail.ifPresent(
        email -> {
          try {
            StageOps.requireEmail(email);
          } catch (IllegalArgumentException e) {
            throw new InvalidInputException(ALARM_EMAIL_VARIABLE, e.getMessage());
          }
        });
    requireBudget(DEV_BUDGET_VARIABLE, devBudgetUsd);
    requireBudget(PROD_BUDGET_VARIABLE, prodBudgetUsd);
  }

  /** No e-mail, the default budgets of {@link Defaults}. */
  public static OpsInputs defaults() {
    return new OpsInputs(
        Optional.empty(), Defaults.DEV_MONTHLY_BUDGET_USD, Defaults.PROD_MONTHLY_BUDGET_USD);
  }

  /** Unset or empty variables take the defaults. */
  public static OpsInputs fromEnvironment(Map<String, String> environment) {
    return new OpsInputs(
        value(environment, ALARM_EMAIL_VARIABLE),
        value(environment, DEV_BUDGET_VARIABLE)
            .map(v -> dollars(DEV_BUDGET_VARIABLE, v))
            .orElse(Defaults.DEV_MONTHLY_BUDGET_USD),
        value(environment, PROD_BUDGET_VARIABLE)
            .map(v -> dollars(PROD_BUDGET_VARIABLE, v))
            .orElse(Defaults.PROD_MONTHLY_BUDGET_USD));
  }

  private static int dollars(String variable, String value) {
    if (!value.matches("[0-9]{1,7}")) {
      throw new InvalidInputException(
          variable, "expected a whole number of US dollars such as '20', got '" + value + "'");
    }
    return Integer.parseInt(value);
  }

  private static void requireBudget(String variable, int usd) {
    if (usd < 1) {
      throw new InvalidInputException(variable, "the budget must be at least 1 USD, got " + usd);
    }
  }

  private static Optional<String> value(Map<String, String> environment, String name) {
    return Optional.ofNullable(environment.get(name)).map(String::strip).filter(v -> !v.isEmpty());
  }
}
