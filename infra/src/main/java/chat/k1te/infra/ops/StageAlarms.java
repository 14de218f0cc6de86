package chat.k1te.infra.ops;

import chat.k1te.contracts.KiteFunction;
import chat.k1te.contracts.KiteMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Which alarms and graphs a stage gets, from its thresholds. */
final class StageAlarms {
  private StageAlarms() {}

  static List<AlarmSpec> of(StageOperations.Wiring w) {
    AlarmThresholds t = w.ops().alarms();
    String stage = w.stage();
    List<AlarmSpec> specs = new ArrayList<>();
    for (KiteFunction f : KiteFunction.values()) {
      String name = w.functions().get(f).function().getFunctionName();
      specs.add(
          AlarmSpec.count(
              f.suffix() + "-errors",
              "The " + f.suffix() + " function failed invocations",
              List.of(Metric.lambda(name, "Errors", "Sum")),
              t.functionErrors(),
              t));
      specs.add(
          AlarmSpec.count(
              f.suffix() + "-throttles",
              "The " + f.suffix() + " function was throttled (reserved concurrency reached)",
              List.of(Metric.lambda(name, "Throttles", "Sum")),
              t.functionThrottles(),
              t));
      int timeoutMs = w.timeoutSeconds().get(f) * 1000;
      specs.add(
          new AlarmSpec(
              f.suffix() + "-duration",
              "An invocation of the "
                  + f.suffix()
                  + " function came within "
                  + (100 - t.durationPercentOfTimeout())
                  + " % of its "
                  + w.timeoutSeconds().get(f)
                  + " s timeout",
              List.of(Metric.lambda(name, "Duration", "Maximum")),
              timeoutMs * t.durationPercentOfTimeout() / 100.0,
              t.periodSeconds(),
              t.evaluationPeriods(),
              "notBreaching"));
    }
    specs.add(
        AlarmSpec.count(
            "http-5xx",
            "The webhook API answered 5xx",
            List.of(Metric.api(w.httpApiId(), stage, "5xx", "Sum")),
            t.api5xx(),
            t));
    specs.add(
        latency(
            "http-latency",
            "webhook API",
            Metric.api(w.httpApiId(), stage, "IntegrationLatency", "p95"),
            t));
    specs.add(
        AlarmSpec.count(
            "ws-errors",
            "The WebSocket API had integration or execution errors",
            List.of(
                Metric.api(w.wsApiId(), stage, "IntegrationError", "Sum"),
                Metric.api(w.wsApiId(), stage, "ExecutionError", "Sum")),
            t.api5xx(),
            t));
    specs.add(
        latency(
            "ws-latency",
            "WebSocket API",
            Metric.api(w.wsApiId(), stage, "IntegrationLatency", "p95"),
            t));
    specs.add(
        AlarmSpec.count(
            "push-failures",
            "Pushes to widget sockets (PostToConnection) failed for reasons other than a gone socket",
            List.of(
                StageOperations.kite(
                    w.scopedStage(), KiteMetrics.POST_TO_CONNECTION_FAILED, "Sum")),
            t.postToConnectionFailures(),
            t));
    for (Map.Entry<String, String> entry : w.tables().entrySet()) {
      String table = entry.getValue();
      String what = "table-throttles-" + entry.getKey();
      specs.add(
          AlarmSpec.count(
              what,
              "DynamoDB throttled reads or writes of a table of the stage",
              List.of(
                  Metric.table(table, "ReadThrottleEvents"),
                  Metric.table(table, "WriteThrottleEvents")),
              t.tableThrottles(),
              t));
    }
    // the check runs every few minutes; no data means the check did not run (its errors alarm)
    specs.add(
        new AlarmSpec(
            "webhook-failing",
            "Telegram reports that it cannot deliver updates to the webhook, or the webhook is"
                + " not ours",
            List.of(StageOperations.kite(w.scopedStage(), KiteMetrics.WEBHOOK_FAILING, "Maximum")),
            1,
            KiteMetrics.WEBHOOK_CHECK_MINUTES * 60,
            t.evaluationPeriods(),
            "missing"));
    return specs;
  }

  private static AlarmSpec latency(String what, String api, Metric metric, AlarmThresholds t) {
    return new AlarmSpec(
        what,
        "95 % of the "
            + api
            + "'s integration calls took longer than "
            + t.apiLatencyP95Ms()
            + " ms",
        List.of(metric),
        t.apiLatencyP95Ms(),
        t.periodSeconds(),
        t.evaluationPeriods(),
        "notBreaching");
  }

  static List<StageDashboard.Panel> panels(StageOperations.Wiring w) {
    String stage = w.stage();
    List<StageDashboard.Panel> panels = new ArrayList<>();
    for (KiteFunction f : KiteFunction.values()) {
      String name = w.functions().get(f).function().getFunctionName();
      panels.add(
          new StageDashboard.Panel(
              f.suffix() + " invocations",
              f.suffix(),
              List.of(
                  Metric.lambda(name, "Invocations", "Sum"),
                  Metric.lambda(name, "Errors", "Sum"),
                  Metric.lambda(name, "Throttles", "Sum"),
                  Metric.lambda(name, "ConcurrentExecutions", "Maximum"))));
      panels.add(
          new StageDashboard.Panel(
              f.suffix() + " duration (ms)",
              f.suffix(),
              List.of(
                  Metric.lambda(name, "Duration", "p50"),
                  Metric.lambda(name, "Duration", "p95"),
                  Metric.lambda(name, "Duration", "Maximum"))));
    }
    panels.add(
        new StageDashboard.Panel(
            "Webhook API requests",
            "http",
            List.of(
                Metric.api(w.httpApiId(), stage, "Count", "Sum"),
                Metric.api(w.httpApiId(), stage, "4xx", "Sum"),
                Metric.api(w.httpApiId(), stage, "5xx", "Sum"))));
    panels.add(
        new StageDashboard.Panel(
            "WebSocket API",
            "ws",
            List.of(
                Metric.api(w.wsApiId(), stage, "ConnectCount", "Sum"),
                Metric.api(w.wsApiId(), stage, "MessageCount", "Sum"),
                Metric.api(w.wsApiId(), stage, "ClientError", "Sum"),
                Metric.api(w.wsApiId(), stage, "IntegrationError", "Sum"),
                Metric.api(w.wsApiId(), stage, "ExecutionError", "Sum"))));
    panels.add(
        new StageDashboard.Panel(
            "Webhook API integration latency (ms)",
            "http",
            List.of(
                Metric.api(w.httpApiId(), stage, "IntegrationLatency", "p50"),
                Metric.api(w.httpApiId(), stage, "IntegrationLatency", "p95"))));
    panels.add(
        new StageDashboard.Panel(
            "WebSocket API integration latency (ms)",
            "ws",
            List.of(
                Metric.api(w.wsApiId(), stage, "IntegrationLatency", "p50"),
                Metric.api(w.wsApiId(), stage, "IntegrationLatency", "p95"))));
    panels.add(
        new StageDashboard.Panel(
            "Webhook and widget delivery",
            "",
            List.of(
                StageOperations.kite(w.scopedStage(), KiteMetrics.WEBHOOK_FAILING, "Maximum"),
                StageOperations.kite(
                    w.scopedStage(), KiteMetrics.WEBHOOK_PENDING_UPDATES, "Maximum"),
                StageOperations.kite(
                    w.scopedStage(), KiteMetrics.POST_TO_CONNECTION_FAILED, "Sum"))));
    w.tables()
        .forEach(
            (key, table) ->
                panels.add(
                    new StageDashboard.Panel(
                        key + " table",
                        key,
                        List.of(
                            Metric.table(table, "ReadThrottleEvents"),
                            Metric.table(table, "WriteThrottleEvents"),
                            Metric.table(table, "ConsumedReadCapacityUnits"),
                            Metric.table(table, "ConsumedWriteCapacityUnits")))));
    return panels;
  }
}
