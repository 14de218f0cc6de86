package chat.k1te.infra.ops;

import chat.k1te.infra.aws.cloudwatch_dashboard.CloudwatchDashboard;
import chat.k1te.infra.aws.cloudwatch_dashboard.CloudwatchDashboardConfig;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.constructs.Construct;

/**
 * The stage's CloudWatch dashboard: alarm states, then one graph per panel, two per row. The body
 * is built here as fixed JSON (explicit positions, no generated keys), so every synthesis writes
 * the same text and the drift check sees no change.
 */
public final class StageDashboard {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final int WIDTH = 12;
  private static final int HEIGHT = 6;

  /** One graph: its title, the metrics drawn in it and the word their legends start with. */
  public record Panel(String title, String legend, List<Metric> metrics) {
    public Panel {
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(legend, "legend");
      metrics = List.copyOf(metrics);
    }
  }

  private StageDashboard() {}

  public static CloudwatchDashboard create(
      Construct scope,
      String stage,
      String region,
      List<String> alarmArns,
      List<Panel> panels,
      LogQueries.Query errors) {
    return new CloudwatchDashboard(
        scope,
        "dashboard",
        CloudwatchDashboardConfig.builder()
            .dashboardName(OpsNames.dashboard(stage))
            .dashboardBody(body(stage, region, alarmArns, panels, errors))
            .build());
  }

  static String body(
      String stage,
      String region,
      List<String> alarmArns,
      List<Panel> panels,
      LogQueries.Query errors) {
    ArrayNode widgets = JSON.arrayNode();
    ObjectNode alarms = widget("alarm", 0, 0, 24, 4);
    ObjectNode alarmProperties = alarms.putObject("properties");
    alarmProperties.put("title", "Kite " + stage + " alarms");
    ArrayNode arns = alarmProperties.putArray("alarms");
    alarmArns.forEach(arns::add);
    widgets.add(alarms);
    int y = 4;
    for (int i = 0; i < panels.size(); i++) {
      Panel panel = panels.get(i);
      ObjectNode graph = widget("metric", (i % 2) * WIDTH, y + (i / 2) * HEIGHT, WIDTH, HEIGHT);
      ObjectNode properties = graph.putObject("properties");
      properties.put("title", panel.title());
      properties.put("region", region);
      properties.put("view", "timeSeries");
      properties.put("stacked", false);
      properties.put("period", 300);
      ArrayNode metrics = properties.putArray("metrics");
      panel.metrics().forEach(m -> metrics.add(metric(m, panel.legend())));
      widgets.add(graph);
    }
    y += ((panels.size() + 1) / 2) * HEIGHT;
    ObjectNode log = widget("log", 0, y, 24, HEIGHT);
    ObjectNode logProperties = log.putObject("properties");
    logProperties.put("title", "Errors by handler");
    logProperties.put("region", region);
    logProperties.put("view", "table");
    StringBuilder query = new StringBuilder();
    errors.logGroups().forEach(group -> query.append("SOURCE '").append(group).append("' | "));
    logProperties.put("query", query.append(errors.text().replace('\n', ' ')).toString());
    widgets.add(log);
    ObjectNode root = JSON.objectNode();
    root.set("widgets", widgets);
    try {
      return new ObjectMapper().writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ObjectNode widget(String type, int x, int y, int width, int height) {
    ObjectNode widget = JSON.objectNode();
    widget.put("type", type);
    widget.put("x", x);
    widget.put("y", y);
    widget.put("width", width);
    widget.put("height", height);
    return widget;
  }

  /** {@code [namespace, name, dim, value, …, {"stat": …, "label": …}]}. */
  private static ArrayNode metric(Metric m, String legend) {
    ArrayNode row = JSON.arrayNode();
    row.add(m.namespace());
    row.add(m.name());
    for (Map.Entry<String, String> d : m.dimensions().entrySet()) {
      row.add(d.getKey());
      row.add(d.getValue());
    }
    ObjectNode options = row.addObject();
    options.put("stat", m.stat());
    String label = legend + " " + m.name() + (m.percentile() ? " " + m.stat() : "");
    options.put("label", label.strip());
    return row;
  }
}
