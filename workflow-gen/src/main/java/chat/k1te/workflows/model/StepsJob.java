package chat.k1te.workflows.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A job that runs steps on a runner. Build it with {@link #builder}. */
public record StepsJob(
    String id,
    String name,
    List<String> needs,
    Optional<Expr> condition,
    Runner runsOn,
    Optional<String> environment,
    Permissions permissions,
    Optional<Concurrency> concurrency,
    int timeoutMinutes,
    Optional<Strategy> strategy,
    Map<String, Expr> outputs,
    Map<String, String> env,
    List<Step> steps)
    implements Job {
  /** GitHub's own limit for a hosted runner job. */
  public static final int MAX_TIMEOUT_MINUTES = 360;

  public StepsJob {
    Names.requireId("job", id);
    needs = List.copyOf(needs);
    outputs.keySet().forEach(k -> Names.requireId("job output", k));
    outputs = Names.ordered(outputs);
    env = Names.env(env);
    steps = List.copyOf(steps);
    if (timeoutMinutes < 1 || timeoutMinutes > MAX_TIMEOUT_MINUTES) {
      throw new IllegalArgumentException(
          "Job '"
              + id
              + "' timeout-minutes must be 1.."
              + MAX_TIMEOUT_MINUTES
              + ", got "
              + timeoutMinutes);
    }
    if (steps.isEmpty()) {
      throw new IllegalArgumentException("Job '" + id + "' has no steps");
    }
    Names.requireUnique(
        "step id in job '" + id + "'", steps.stream().flatMap(s -> s.id().stream()));
    OidcRule.check(id, environment, permissions, steps);
  }

  public static Builder builder(String id, String name) {
    return new Builder(id, name);
  }

  /** Collects the parts of a job; {@link #build} validates them all at once. */
  public static final class Builder {
    private final String id;
    private final String name;
    private final List<String> needs = new ArrayList<>();
    private Expr condition;
    private Runner runsOn = Runner.UBUNTU_24_04;
    private String environment;
    private Permissions permissions = Permissions.NONE;
    private Concurrency concurrency;
    private int timeoutMinutes;
    private Strategy strategy;
    private final Map<String, Expr> outputs = new LinkedHashMap<>();
    private final Map<String, String> env = new LinkedHashMap<>();
    private final List<Step> steps = new ArrayList<>();

    private Builder(String id, String name) {
      this.id = id;
      this.name = name;
    }

    public Builder needs(String... jobIds) {
      needs.addAll(List.of(jobIds));
      return this;
    }

    public Builder when(Expr value) {
      condition = value;
      return this;
    }

    public Builder runsOn(Runner value) {
      runsOn = value;
      return this;
    }

    public Builder environment(String value) {
      environment = value;
      return this;
    }

    public Builder permissions(Permissions value) {
      permissions = value;
      return this;
    }

    public Builder concurrency(Concurrency value) {
      concurrency = value;
      return this;
    }

    public Builder timeoutMinutes(int value) {
      timeoutMinutes = value;
      return this;
    }

    public Builder strategy(Strategy value) {
      strategy = value;
      return this;
    }

    public Builder output(String outputName, Expr value) {
      outputs.put(outputName, value);
      return this;
    }

    public Builder env(String variable, String value) {
      env.put(variable, value);
      return this;
    }

    public Builder step(Step step) {
      steps.add(step);
      return this;
    }

    public Builder steps(List<? extends Step> more) {
      steps.addAll(more);
      return this;
    }

    public StepsJob build() {
      return new StepsJob(
          id,
          name,
          needs,
          Optional.ofNullable(condition),
          runsOn,
          Optional.ofNullable(environment),
          permissions,
          Optional.ofNullable(concurrency),
          timeoutMinutes,
          Optional.ofNullable(strategy),
          outputs,
          env,
          steps);
    }
  }
}
