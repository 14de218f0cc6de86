package chat.k1te.infra;

import static org.assertj.core.api.Assertions.assertThat;

import chat.k1te.contracts.KiteFunction;
import chat.k1te.contracts.KiteMetrics;
import chat.k1te.contracts.Stack;
import chat.k1te.contracts.tables.KiteTables;
import chat.k1te.infra.config.Defaults;
import chat.k1te.infra.ops.AlarmThresholds;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Alarms, topic, budget, webhook check, saved queries, dashboard and reserved concurrency. */
class OperationsTest {
  private static JsonNode dev;
  private static JsonNode prod;
  private static JsonNode devWithInputs;
  private static JsonNode prodWithInputs;

  @BeforeAll
  static void synth() {
    dev = Synthesized.defaults().json(Stack.KITE_DEV);
    prod = Synthesized.defaults().json(Stack.KITE_PROD);
    devWithInputs = Synthesized.withDomain().json(Stack.KITE_DEV);
    prodWithInputs = Synthesized.withDomain().json(Stack.KITE_PROD);
  }

  /** Alarm name → alarm. */
  private static Map<String, JsonNode> alarms(JsonNode stack) {
    Map<String, JsonNode> byName = new TreeMap<>();
    Synthesized.resources(stack, "aws_cloudwatch_metric_alarm")
        .values()
        .forEach(a -> byName.put(a.path("alarm_name").asText(), a));
    return byName;
  }

  private static String topicRef(JsonNode stack) {
    String id = Synthesized.resources(stack, "aws_sns_topic").keySet().iterator().next();
    return "${aws_sns_topic." + id + ".arn}";
  }

  static List<String> expectedAlarms(String stage) {
    List<String> names = new ArrayList<>();
    for (KiteFunction f : KiteFunction.values()) {
      for (String what : List.of("errors", "throttles", "duration")) {
        names.add(stage + "-kite-" + f.suffix() + "-" + what);
      }
    }
    for (String what :
        List.of("http-5xx", "http-latency", "ws-errors", "ws-latency", "push-failures")) {
      names.add(stage + "-kite-" + what);
    }
    KiteTables.ALL.forEach(
        t -> names.add(stage + "-kite-table-throttles-" + t.baseName().toLowerCase(Locale.ROOT)));
    names.add(stage + "-kite-webhook-failing");
    return names;
  }

  @Test
  void everyStageAlarmsOnItsFunctionsApisTablesPushesAndWebhookAndTellsItsTopic() {
    for (String stage : List.of("dev", "prod")) {
      JsonNode stack = stage.equals("dev") ? dev : prod;
      Map<String, JsonNode> alarms = alarms(stack);
      assertThat(alarms.keySet()).containsExactlyInAnyOrderElementsOf(expectedAlarms(stage));
      JsonNode topic = Synthesized.resources(stack, "aws_sns_topic").values().iterator().next();
      assertThat(topic.path("name").asText()).isEqualTo(stage + "-kite-alarms");
      for (JsonNode alarm : alarms.values()) {
        assertThat(IamView.texts(alarm.path("alarm_actions"))).containsExactly(topicRef(stack));
        assertThat(IamView.texts(alarm.path("ok_actions"))).containsExactly(topicRef(stack));
        assertThat(alarm.path("comparison_operator").asText())
            .isEqualTo("GreaterThanOrEqualToThreshold");
      }
      JsonNode errors = alarms.get(stage + "-kite-request-dispatcher-errors");
      assertThat(errors.path("namespace").asText()).isEqualTo("AWS/Lambda");
      assertThat(errors.at("/dimensions/FunctionName").asText())
          .startsWith("${aws_lambda_function.")
          .contains("request-dispatcher");
      JsonNode push = alarms.get(stage + "-kite-push-failures");
      assertThat(push.path("namespace").asText()).isEqualTo(KiteMetrics.NAMESPACE);
      assertThat(push.path("metric_name").asText())
          .isEqualTo(KiteMetrics.POST_TO_CONNECTION_FAILED);
      assertThat(push.at("/dimensions/" + KiteMetrics.STAGE_DIMENSION).asText()).isEqualTo(stage);
      JsonNode webhook = alarms.get(stage + "-kite-webhook-failing");
      assertThat(webhook.path("metric_name").asText()).isEqualTo(KiteMetrics.WEBHOOK_FAILING);
      assertThat(webhook.path("period").asInt()).isEqualTo(KiteMetrics.WEBHOOK_CHECK_MINUTES * 60);
      assertThat(webhook.path("threshold").asDouble()).isEqualTo(1);
      // the WebSocket API has no 5xx metric: integration and execution errors, added up
      JsonNode ws = alarms.get(stage + "-kite-ws-errors");
      assertThat(ws.path("metric_query").findValues("metric_name"))
          .extracting(JsonNode::asText)
          .containsExactly("IntegrationError", "ExecutionError");
      assertThat(ws.at("/metric_query/2/expression").asText())
          .isEqualTo("FILL(m0, 0) + FILL(m1, 0)");
      assertThat(alarms.get(stage + "-kite-http-latency").path("extended_statistic").asText())
          .isEqualTo("p95");
      JsonNode table = alarms.get(stage + "-kite-table-throttles-messages");
      assertThat(table.path("metric_query").findValues("metric_name"))
          .extracting(JsonNode::asText)
          .containsExactly("ReadThrottleEvents", "WriteThrottleEvents");
      assertThat(table.at("/metric_query/0/metric/dimensions/TableName").asText())
          .isEqualTo("${aws_dynamodb_table.table-messages.name}");
    }
  }

  @Test
  void durationAlarmsSitBelowEachFunctionsTimeout() {
    for (JsonNode stack : List.of(dev, prod)) {
      boolean production = stack == prod;
      String stage = production ? "prod" : "dev";
      int percent = Defaults.alarmThresholds(production).durationPercentOfTimeout();
      for (KiteFunction f : KiteFunction.values()) {
        JsonNode alarm = alarms(stack).get(stage + "-kite-" + f.suffix() + "-duration");
        assertThat(alarm.path("statistic").asText()).isEqualTo("Maximum");
        assertThat(alarm.path("threshold").asDouble())
            .isEqualTo(Defaults.timeoutSeconds(f) * 1000 * percent / 100.0)
            .isLessThan(Defaults.timeoutSeconds(f) * 1000.0);
      }
    }
  }

  @Test
  void prodAlarmsAreStricterThanDev() {
    AlarmThresholds strict = Defaults.alarmThresholds(true);
    AlarmThresholds lax = Defaults.alarmThresholds(false);
    assertThat(strict.noLaxerThan(lax)).isTrue();
    assertThat(lax.noLaxerThan(strict)).isFalse();
    Map<String, JsonNode> devAlarms = alarms(dev);
    Map<String, JsonNode> prodAlarms = alarms(prod);
    int stricter = 0;
    for (String name : expectedAlarms("prod")) {
      JsonNode p = prodAlarms.get(name);
      JsonNode d = devAlarms.get(name.replaceFirst("^prod-", "dev-"));
      assertThat(p.path("threshold").asDouble())
          .as(name)
          .isLessThanOrEqualTo(d.path("threshold").asDouble());
      assertThat(p.path("evaluation_periods").asInt())
          .as(name)
          .isLessThanOrEqualTo(d.path("evaluation_periods").asInt());
      if (p.path("threshold").asDouble() < d.path("threshold").asDouble()
          || p.path("evaluation_periods").asInt() < d.path("evaluation_periods").asInt()) {
        stricter++;
      }
    }
    assertThat(stricter).isEqualTo(expectedAlarms("prod").size());
  }

  @Test
  void monthlyBudgetPerStageWithActualAndForecastNotificationsToTheTopic() {
    assertBudget(dev, "dev", "10.0");
    assertBudget(prod, "prod", "50.0");
    assertBudget(devWithInputs, "dev", "25.0");
    assertBudget(prodWithInputs, "prod", "400.0");
  }

  private static void assertBudget(JsonNode stack, String stage, String amount) {
    JsonNode budget = Synthesized.resources(stack, "aws_budgets_budget").values().iterator().next();
    assertThat(budget.path("name").asText()).isEqualTo(stage + "-kite-monthly");
    assertThat(budget.path("time_unit").asText()).isEqualTo("MONTHLY");
    assertThat(budget.path("budget_type").asText()).isEqualTo("COST");
    assertThat(budget.path("limit_amount").asText()).isEqualTo(amount);
    assertThat(budget.path("limit_unit").asText()).isEqualTo("USD");
    assertThat(budget.at("/cost_filter/0/name").asText()).isEqualTo("TagKeyValue");
    assertThat(IamView.texts(budget.at("/cost_filter/0/values")))
        .containsExactly("user:stack$kite-" + stage);
    List<String> kinds = new ArrayList<>();
    budget
        .path("notification")
        .forEach(
            n -> {
              kinds.add(n.path("notification_type").asText() + " " + n.path("threshold").asInt());
              assertThat(IamView.texts(n.path("subscriber_sns_topic_arns")))
                  .containsExactly(topicRef(stack));
            });
    assertThat(kinds).containsExactly("ACTUAL 80", "ACTUAL 100", "FORECASTED 100");
    // the tag the budget filters on is on every resource of the stack
    assertThat(stack.at("/provider/aws/0/default_tags/0/tags/stack").asText())
        .isEqualTo("kite-" + stage);
    assertThat(stack.at("/provider/aws/0/default_tags/0/tags/stage").asText()).isEqualTo(stage);
    assertThat(stack.at("/provider/aws/0/default_tags/0/tags/app").asText())
        .isEqualTo(Defaults.APP_TAG);
  }

  @Test
  void theAlarmEmailIsSubscribedOnlyWhenGiven() {
    assertThat(Synthesized.resources(dev, "aws_sns_topic_subscription")).isEmpty();
    assertThat(Synthesized.resources(prod, "aws_sns_topic_subscription")).isEmpty();
    for (JsonNode stack : List.of(devWithInputs, prodWithInputs)) {
      JsonNode subscription =
          Synthesized.resources(stack, "aws_sns_topic_subscription").values().iterator().next();
      assertThat(subscription.path("protocol").asText()).isEqualTo("email");
      assertThat(subscription.path("endpoint").asText()).isEqualTo(Synthesized.ALARM_EMAIL);
      assertThat(subscription.path("topic_arn").asText()).isEqualTo(topicRef(stack));
    }
  }

  @Test
  void onlyThisAccountsAlarmsAndBudgetMayPublishToTheTopic() {
    JsonNode policy = Synthesized.resources(dev, "aws_sns_topic_policy").values().iterator().next();
    List<JsonNode> statements = IamView.statements(dev, policy.path("policy").asText());
    assertThat(statements)
        .extracting(s -> s.at("/principals/0/identifiers/0").asText())
        .containsExactly("cloudwatch.amazonaws.com", "budgets.amazonaws.com");
    for (JsonNode s : statements) {
      assertThat(IamView.texts(s.path("actions"))).containsExactly("sns:Publish");
      assertThat(IamView.texts(s.path("resources"))).containsExactly(topicRef(dev));
      assertThat(IamView.texts(BuildStackTest.condition(s, "aws:SourceAccount").path("values")))
          .containsExactly("${data.aws_caller_identity.caller.account_id}");
      assertThat(IamView.texts(BuildStackTest.condition(s, "aws:SourceArn").path("values")).get(0))
          .matches(".*:(alarm:dev-kite-\\*|budget/dev-kite-monthly)$");
    }
  }

  @Test
  void everyFunctionHasReservedConcurrencyThatCapsIt() {
    for (JsonNode stack : List.of(dev, prod, devWithInputs)) {
      boolean production =
          stack.at("/provider/aws/0/default_tags/0/tags/stage").asText().equals("prod");
      String stage = production ? "prod" : "dev";
      for (KiteFunction f : KiteFunction.values()) {
        JsonNode lambda =
            Synthesized.resourceWhere(
                stack, "aws_lambda_function", "function_name", f.functionName(stage));
        assertThat(lambda.path("reserved_concurrent_executions").asInt())
            .as(f.functionName(stage))
            .isEqualTo(Defaults.reservedConcurrency(f, production))
            .isPositive();
      }
    }
    // prod and dev together stay well inside the default account pool (1000, 100 kept free)
    int total = 0;
    for (KiteFunction f : KiteFunction.values()) {
      total += Defaults.reservedConcurrency(f, true) + Defaults.reservedConcurrency(f, false);
    }
    assertThat(total).isLessThan(900);
  }

  @Test
  void theWebhookCheckRunsOnAScheduleAndMayInvokeOnlyTheLifecycleFunction() {
    JsonNode rule =
        Synthesized.resources(dev, "aws_cloudwatch_event_rule").values().iterator().next();
    assertThat(rule.path("name").asText()).isEqualTo("dev-kite-webhook-check");
    assertThat(rule.path("schedule_expression").asText())
        .isEqualTo("rate(" + KiteMetrics.WEBHOOK_CHECK_MINUTES + " minutes)");
    String ruleId =
        Synthesized.resources(dev, "aws_cloudwatch_event_rule").keySet().iterator().next();
    JsonNode target =
        Synthesized.resources(dev, "aws_cloudwatch_event_target").values().iterator().next();
    assertThat(target.path("input").asText()).isEqualTo(KiteMetrics.WEBHOOK_CHECK_INPUT);
    assertThat(target.path("arn").asText()).contains("lifecycle_function").endsWith(".arn}");
    assertThat(target.path("rule").asText())
        .isEqualTo("${aws_cloudwatch_event_rule." + ruleId + ".name}");
    JsonNode permission =
        Synthesized.resourceWhere(
            dev, "aws_lambda_permission", "principal", "events.amazonaws.com");
    assertThat(permission.path("function_name").asText()).contains("lifecycle_function");
    assertThat(permission.path("source_arn").asText())
        .isEqualTo("${aws_cloudwatch_event_rule." + ruleId + ".arn}");
  }

  @Test
  void savedQueriesAnswerTheOperatorsQuestionsOverTheStagesLogs() {
    Map<String, JsonNode> queries = new TreeMap<>();
    Synthesized.resources(dev, "aws_cloudwatch_query_definition")
        .values()
        .forEach(q -> queries.put(q.path("name").asText(), q));
    assertThat(queries.keySet())
        .containsExactlyInAnyOrder(
            "kite/dev/errors-by-handler",
            "kite/dev/slowest-invocations",
            "kite/dev/messages-per-channel-per-day",
            "kite/dev/webhook-failures",
            "kite/dev/widget-push-failures",
            "kite/dev/api-errors-by-route");
    assertThat(IamView.texts(queries.get("kite/dev/errors-by-handler").path("log_group_names")))
        .hasSize(3)
        .allMatch(g -> g.startsWith("${aws_cloudwatch_log_group.functions_"));
    assertThat(queries.get("kite/dev/webhook-failures").path("query_string").asText())
        .contains(KiteMetrics.WEBHOOK_FAILING);
    assertThat(IamView.texts(queries.get("kite/dev/api-errors-by-route").path("log_group_names")))
        .containsExactly(
            "/aws/apigateway/dev-kite-http/access-logs", "/aws/apigateway/dev-kite-ws/access-logs");
    // those access log groups are the stack's own
    List<String> groups =
        Synthesized.resources(dev, "aws_cloudwatch_log_group").values().stream()
            .map(g -> g.path("name").asText())
            .toList();
    assertThat(groups)
        .contains(
            "/aws/apigateway/dev-kite-http/access-logs", "/aws/apigateway/dev-kite-ws/access-logs");
  }

  @Test
  void theDashboardShowsEveryAlarmAndIsPlainStableJson() throws Exception {
    for (JsonNode stack : List.of(dev, prod)) {
      JsonNode dashboard =
          Synthesized.resources(stack, "aws_cloudwatch_dashboard").values().iterator().next();
      String text = dashboard.path("dashboard_body").asText();
      // no unresolved CDKTF token and no Terraform function call: a literal body, rendered the
      // same on every synthesis (the drift check compares it with what CloudWatch stores)
      assertThat(text).doesNotContain("TfToken").doesNotContain("jsonencode");
      JsonNode body = new ObjectMapper().readTree(text);
      JsonNode alarmWidget = body.at("/widgets/0");
      assertThat(alarmWidget.path("type").asText()).isEqualTo("alarm");
      List<String> alarmArns = IamView.texts(alarmWidget.at("/properties/alarms"));
      assertThat(alarmArns).hasSize(alarms(stack).size());
      Synthesized.resources(stack, "aws_cloudwatch_metric_alarm")
          .keySet()
          .forEach(
              id ->
                  assertThat(alarmArns).contains("${aws_cloudwatch_metric_alarm." + id + ".arn}"));
      List<String> types = new ArrayList<>();
      body.path("widgets")
          .forEach(
              w -> {
                types.add(w.path("type").asText());
                assertThat(w.path("width").asInt() + w.path("x").asInt()).isLessThanOrEqualTo(24);
              });
      assertThat(types).contains("metric", "log");
      assertThat(text)
          .contains("\"" + KiteMetrics.POST_TO_CONNECTION_FAILED + "\"")
          .contains("\"" + KiteMetrics.WEBHOOK_FAILING + "\"");
    }
  }

  @Test
  void jvmPackagingAndADomainKeepTheSameAlarms() {
    assertThat(alarms(devWithInputs).keySet()).isEqualTo(alarms(dev).keySet());
    assertThat(alarms(prodWithInputs).keySet()).isEqualTo(alarms(prod).keySet());
  }
}
