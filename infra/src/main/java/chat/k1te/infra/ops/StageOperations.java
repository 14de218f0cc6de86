package chat.k1te.infra.ops;

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
   * @param stackName the stack's name, also the value of its {@code stack} tag
   * @param functions the stage's Lambdas
   * @param timeoutSeconds each function's timeout
   * @param httpApiId id of the webhook API (expression)
   * @param wsApiId id of the WebSocket API (expression)
   * @param tables the stage's DynamoDB tables: a short lower-case key → the table's name
   * @param accessLogGroups the two APIs' access log groups
   */
  public record Wiring(
      String stage,
      String stackName,
      StageOps ops,
      AwsAccount account,
      Map<KiteFunction, KiteLambda> functions,
      Map<KiteFunction, Integer> timeoutSeconds,
      String httpApiId,
      String wsApiId,
      Map<String, String> tables,
      List<String> accessLogGroups) {
    public Wiring {
      functions = Map.copyOf(functions);
      timeoutSeconds = Map.copyOf(timeoutSeconds);
      tables = Collections.unmodifiableSortedMap(new TreeMap<>(tables));
      accessLogGroups = List.copyOf(accessLogGroups);
    }
  }

  private final AlarmTopic topic;
  private final List<CloudwatchMetricAlarm> alarms = new ArrayList<>();

  public StageOperations(Construct scope, String id, Wiring w) {
    super(scope, id);
    String stage = w.stage();
    topic = new AlarmTopic(this, "alarms", stage, w.account(), w.ops().alarmEmail());
    for (AlarmSpec spec : StageAlarms.of(w)) {
      alarms.add(StageAlarm.create(this, stage, spec, topic.arn()));
    }
    MonthlyBudget.create(this, stage, w.stackName(), w.ops().monthlyBudgetUsd(), topic.arn());
    new WebhookCheck(
        this, "webhook-check", stage, w.functions().get(KiteFunction.LIFECYCLE).function());

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
    LogQueries.create(this, stage, queries);
    StageDashboard.create(
        this,
        stage,
        w.account().region(),
        alarms.stream().map(CloudwatchMetricAlarm::getArn).toList(),
        StageAlarms.panels(w),
        queries.get(0));
  }

  public String topicArn() {
    return topic.arn();
  }

  /** The metric a function's alarm and graph read: the custom metrics carry the stage. */
  static Metric kite(String stage, String name, String stat) {
    return new Metric(
        KiteMetrics.NAMESPACE, name, Map.of(KiteMetrics.STAGE_DIMENSION, stage), stat);
  }
}
