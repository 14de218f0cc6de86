package chat.k1te.infra.ops;

import chat.k1te.contracts.Installation;
import chat.k1te.contracts.KiteFunction;
import chat.k1te.contracts.KiteMetrics;
import chat.k1te.infra.aws.cloudwatch_metric_alarm.CloudwatchMetricAlarm;
import chat.k1te.infra.constructs.AwsAccount;
import chat.k1te.infra.constructs.KiteLambda;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.constructs.Construct;

/**
 * Everything that tells the operator how a stage is doing: the alarm topic, the alarms, the monthly
 * budget, the scheduled webhook check, saved log queries and the dashboard.
 */
public final class StageOperations extends Construct {

  /**
   * What the operations watch.
   *
   * @param stage the stage, as API Gateway's stages are named ({@code dev})
   * @param stackTag the value of the stack's {@code stack} tag, which the budget counts costs by
   * @param functions the stage's Lambdas
   * @param timeoutSeconds each function's timeout
   * @param httpApiId id of the webhook API (expression)
   * @param wsApiId id of the WebSocket API (expression)
   * @param tables the stage's DynamoDB tables: a short lower-case key → the table's name
   * @param accessLogGroups the two APIs' access log groups
   * @param installation names the operations resources ({@link Installation#scopedStage})
   */
  public record Wiring(
      String stage,
      String stackTag,
      StageOps ops,
      AwsAccount account,
      Map<KiteFunction, KiteLambda> functions,
      Map<KiteFunction, Integer> timeoutSeconds,
      String httpApiId,
      String wsApiId,
      Map<String, String> tables,
      List<String> accessLogGroups,
      Installation installation) {
    public Wiring {
      functions = Map.copyOf(functions);
      timeoutSeconds = Map.copyOf(timeoutSeconds);
      tables = Collections.unmodifiableSortedMap(new TreeMap<>(tables));
      accessLogGroups = List.copyOf(accessLogGroups);
    }

    /**
     * How the stage appears in names and in the functions' metrics: {@code dev}, {@code acme-dev}.
     */
    public String scopedStage() {
      return installation.scopedStage(stage);
    }
  }

  private final AlarmTopic topic;
  private final List<CloudwatchMetricAlarm> alarms = new ArrayList<>();

  public StageOperations(Construct scope, String id, Wiring w) {
    super(scope, id);
    String scopedStage = w.scopedStage();
    topic = new AlarmTopic(this, "alarms", scopedStage, w.account(), w.ops().alarmEmail());
    for (AlarmSpec spec : StageAlarms.of(w)) {
      alarms.add(StageAlarm.create(this, scopedStage, spec, topic.arn()));
    }
    MonthlyBudget.create(this, scopedStage, w.stackTag(), w.ops().monthlyBudgetUsd(), topic.arn());
    new WebhookCheck(
        this, "webhook-check", scopedStage, w.functions().get(KiteFunction.LIFECYCLE).function());

    List<String> functionLogs = new ArrayList<>();
    for (KiteFunction f : KiteFunction.values()) {
      functionLogs.add(w.functions().get(f).logGroup().getName());
    }
    List<LogQueries.Query> queries =
        LogQueries.of(
            functionLogs,
            w.functions().get(KiteFunction.REQUEST_DISPATCHER).logGroup().getName(),
            w.functions().get(KiteFunction.LIFECYCLE).logGroup().getName(),
            w.accessLogGroups());
    LogQueries.create(this, w.installation().queryFolder(w.stage()), queries);
    StageDashboard.create(
        this,
        scopedStage,
        w.account().region(),
        alarms.stream().map(CloudwatchMetricAlarm::getArn).toList(),
        StageAlarms.panels(w),
        queries.get(0));
  }

  public String topicArn() {
    return topic.arn();
  }

  /**
   * The metric a function's alarm and graph read: the custom metrics carry the scoped stage (the
   * functions' {@code KITE_STAGE}), so two installations' metrics stay apart.
   */
  static Metric kite(String scopedStage, String name, String stat) {
    return new Metric(
        KiteMetrics.NAMESPACE, name, Map.of(KiteMetrics.STAGE_DIMENSION, scopedStage), stat);
  }
}
