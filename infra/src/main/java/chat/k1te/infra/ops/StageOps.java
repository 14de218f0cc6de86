package chat.k1te.infra.ops;

import chat.k1te.contracts.KiteFunction;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The operations settings of one stage: when alarms fire, who is told, what the stage may cost and
 * how far each function may scale.
 *
 * @param alarms alarm thresholds
 * @param alarmEmail subscribed to the stage's alarm topic when present (the address must confirm)
 * @param monthlyBudgetUsd the stage's monthly cost budget in US dollars
 * @param reservedConcurrency concurrent executions reserved for (and capping) each function
 */
public record StageOps(
    AlarmThresholds alarms,
    Optional<String> alarmEmail,
    int monthlyBudgetUsd,
    Map<KiteFunction, Integer> reservedConcurrency) {

  private static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9._%+-]{1,64}@([A-Za-z0-9-]{1,63}\\.)+[A-Za-z]{2,63}");

  public StageOps {
    Objects.requireNonNull(alarms, "alarms");
    Objects.requireNonNull(alarmEmail, "alarmEmail");
    alarmEmail.ifPresent(StageOps::requireEmail);
    if (monthlyBudgetUsd < 1) {
      throw new IllegalArgumentException(
          "the monthly budget must be at least 1 USD, got " + monthlyBudgetUsd);
    }
    reservedConcurrency = Map.copyOf(new EnumMap<>(reservedConcurrency));
    for (KiteFunction function : KiteFunction.values()) {
      Integer reserved = reservedConcurrency.get(function);
      if (reserved == null || reserved < 1) {
        throw new IllegalArgumentException(
            function.suffix() + " needs a reserved concurrency of at least 1, got " + reserved);
      }
    }
  }

  public int reservedConcurrency(KiteFunction function) {
    return reservedConcurrency.get(function);
  }

  /** Throws with a message naming the problem when {@code email} is not a plain address. */
  public static String requireEmail(String email) {
    if (!EMAIL.matcher(email).matches()) {
      throw new IllegalArgumentException(
          "expected an e-mail address such as 'ops@example.org', got '" + email + "'");
    }
    return email;
  }
}
