package chat.k1te.infra.ops;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One CloudWatch metric with its dimensions and the statistic an alarm or graph reads.
 *
 * @param stat {@code Sum}, {@code Maximum}, … or a percentile such as {@code p95}
 */
public record Metric(String namespace, String name, Map<String, String> dimensions, String stat) {

  public Metric {
    Objects.requireNonNull(namespace, "namespace");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(stat, "stat");
    dimensions = java.util.Collections.unmodifiableMap(new TreeMap<>(dimensions));
  }

  public boolean percentile() {
    return stat.matches("p\\d{1,2}(\\.\\d+)?");
  }

  public Metric withStat(String otherStat) {
    return new Metric(namespace, name, dimensions, otherStat);
  }

  public static Metric lambda(String functionName, String name, String stat) {
    return new Metric("AWS/Lambda", name, Map.of("FunctionName", functionName), stat);
  }

  /** HTTP and WebSocket APIs report per API and stage under the same namespace. */
  public static Metric api(String apiId, String stage, String name, String stat) {
    return new Metric("AWS/ApiGateway", name, Map.of("ApiId", apiId, "Stage", stage), stat);
  }

  public static Metric table(String tableName, String name) {
    return new Metric("AWS/DynamoDB", name, Map.of("TableName", tableName), "Sum");
  }
}
