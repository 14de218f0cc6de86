package chat.k1te.infra.ops;

import chat.k1te.infra.aws.cloudwatch_metric_alarm.CloudwatchMetricAlarm;
import chat.k1te.infra.aws.cloudwatch_metric_alarm.CloudwatchMetricAlarmConfig;
import chat.k1te.infra.aws.cloudwatch_metric_alarm.CloudwatchMetricAlarmMetricQuery;
import chat.k1te.infra.aws.cloudwatch_metric_alarm.CloudwatchMetricAlarmMetricQueryMetric;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import software.constructs.Construct;

/**
 * A CloudWatch alarm of an {@link AlarmSpec} that tells the stage's topic when it fires and clears.
 */
public final class StageAlarm {
  private StageAlarm() {}

  public static CloudwatchMetricAlarm create(
      Construct scope, String stage, AlarmSpec spec, String topicArn) {
    CloudwatchMetricAlarmConfig.Builder config =
        CloudwatchMetricAlarmConfig.builder()
            .alarmName(OpsNames.alarm(stage, spec.what()))
            .alarmDescription(spec.description())
            .comparisonOperator("GreaterThanOrEqualToThreshold")
            .threshold(spec.threshold())
            .evaluationPeriods(spec.evaluationPeriods())
            .treatMissingData(spec.missingData())
            .alarmActions(List.of(topicArn))
            .okActions(List.of(topicArn));
    List<Metric> metrics = spec.metrics();
    if (metrics.size() == 1) {
      Metric m = metrics.get(0);
      config
          .namespace(m.namespace())
          .metricName(m.name())
          .dimensions(m.dimensions())
          .period(spec.periodSeconds());
      if (m.percentile()) {
        config.extendedStatistic(m.stat());
      } else {
        config.statistic(m.stat());
      }
    } else {
      List<CloudwatchMetricAlarmMetricQuery> queries = new ArrayList<>();
      for (int i = 0; i < metrics.size(); i++) {
        Metric m = metrics.get(i);
        queries.add(
            CloudwatchMetricAlarmMetricQuery.builder()
                .id("m" + i)
                .returnData(false)
                .metric(
                    CloudwatchMetricAlarmMetricQueryMetric.builder()
                        .namespace(m.namespace())
                        .metricName(m.name())
                        .dimensions(m.dimensions())
                        .stat(m.stat())
                        .period(spec.periodSeconds())
                        .build())
                .build());
      }
      queries.add(
          CloudwatchMetricAlarmMetricQuery.builder()
              .id("total")
              .label(spec.what())
              .returnData(true)
              .expression(
                  IntStream.range(0, metrics.size())
                      .mapToObj(i -> "FILL(m" + i + ", 0)")
                      .collect(Collectors.joining(" + ")))
              .build());
      config.metricQuery(queries);
    }
    return new CloudwatchMetricAlarm(scope, "alarm-" + spec.what(), config.build());
  }
}
