package chat.k1te.infra.stacks;

import chat.k1te.contracts.Architecture;
import chat.k1te.contracts.Installation;
import chat.k1te.contracts.KiteFunction;
import chat.k1te.contracts.Stack;
import chat.k1te.infra.config.Defaults;
import chat.k1te.infra.config.InfraInputs;
import chat.k1te.infra.config.LambdaPackaging;
import chat.k1te.infra.config.OpsInputs;
import chat.k1te.infra.constructs.LogGroup;
import chat.k1te.infra.ops.StageOps;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What differs between {@code kite-dev} and {@code kite-prod}.
 *
 * @param stack the stack this stage is synthesized into
 * @param stage the stage id ({@code dev}, {@code prod}); prefixes every name
 * @param production protects data (deletion protection, prevent_destroy, no force_destroy)
 * @param packaging native or JVM Lambda code
 * @param architecture the CPU the functions run on
 * @param domain optional Cloudflare-hosted domain
 * @param logRetentionDays retention of every log group of the stage
 * @param throttleRate steady-state requests per second per API stage
 * @param throttleBurst burst requests per API stage
 * @param ops alarms, alarm e-mail, budget and reserved concurrency
 * @param installation names every account-unique resource
 */
public record StageProps(
    Stack stack,
    String stage,
    boolean production,
    LambdaPackaging packaging,
    Architecture architecture,
    Optional<String> domain,
    int logRetentionDays,
    int throttleRate,
    int throttleBurst,
    StageOps ops,
    Installation installation) {

  public StageProps {
    Objects.requireNonNull(stack, "stack");
    Objects.requireNonNull(packaging, "packaging");
    Objects.requireNonNull(architecture, "architecture");
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(ops, "ops");
    Objects.requireNonNull(installation, "installation");
    if (!stack.stage().map(stage::equals).orElse(false)) {
      throw new IllegalArgumentException(
          "stage '" + stage + "' does not belong to stack " + stack.stackName());
    }
    LogGroup.requireRetention(logRetentionDays, "stage " + stage);
    if (throttleRate < 1 || throttleBurst < 1) {
      throw new IllegalArgumentException("throttling limits must be positive for stage " + stage);
    }
  }

  /** With the default operations settings of the stage, in the default installation. */
  public StageProps(
      Stack stack,
      String stage,
      boolean production,
      LambdaPackaging packaging,
      Architecture architecture,
      Optional<String> domain,
      int logRetentionDays,
      int throttleRate,
      int throttleBurst) {
    this(
        stack,
        stage,
        production,
        packaging,
        architecture,
        domain,
        logRetentionDays,
        throttleRate,
        throttleBurst,
        ops(production, OpsInputs.defaults()),
        Installation.DEFAULT);
  }

  /** The properties of a runtime stack with the defaults of {@link Defaults}. */
  public static StageProps of(Stack stack, InfraInputs inputs) {
    String stage =
        stack
            .stage()
            .orElseThrow(() -> new IllegalArgumentException(stack.stackName() + " has no stage"));
    boolean production = stack == Stack.KITE_PROD;
    return new StageProps(
        stack,
        stage,
        production,
        inputs.packaging(),
        inputs.architecture(),
        inputs.domain(),
        production ? Defaults.PROD_LOG_RETENTION_DAYS : Defaults.DEV_LOG_RETENTION_DAYS,
        Defaults.THROTTLE_RATE,
        Defaults.THROTTLE_BURST,
        ops(production, inputs.ops()),
        inputs.installation());
  }

  /** The stage's operations settings: the defaults of {@link Defaults} and the inputs. */
  static StageOps ops(boolean production, OpsInputs inputs) {
    Map<KiteFunction, Integer> reserved = new EnumMap<>(KiteFunction.class);
    for (KiteFunction function : KiteFunction.values()) {
      reserved.put(function, Defaults.reservedConcurrency(function, production));
    }
    return new StageOps(
        Defaults.alarmThresholds(production),
        inputs.alarmEmail(),
        production ? inputs.prodBudgetUsd() : inputs.devBudgetUsd(),
        reserved);
  }

  /**
   * Host names of the custom domain: prod owns {@code ws.} and {@code api.}, dev {@code ws-dev.};
   * another installation's hosts start with its prefix ({@code acme-ws.}), since API Gateway's
   * custom domain names are unique in the account.
   */
  public Optional<String> wsHost() {
    return domain.map(d -> host(production ? "ws" : "ws-" + stage) + "." + d);
  }

  public Optional<String> apiHost() {
    return domain.map(d -> host(production ? "api" : "api-" + stage) + "." + d);
  }

  private String host(String label) {
    return installation.isDefault() ? label : installation.name(label);
  }

  /**
   * How the stage appears in names: {@code dev}, or {@code acme-dev} in installation {@code acme}
   * ({@link Installation#scopedStage}); the functions' stage, the metrics' and the {@code stage}
   * tag.
   */
  public String scopedStage() {
    return installation.scopedStage(stage);
  }

  /** Every named AWS resource of the stage starts with this; deploy roles are scoped by it. */
  public String namePrefix() {
    return scopedStage() + "-";
  }
}
