package chat.k1te.infra;

import static org.assertj.core.api.Assertions.assertThat;

import chat.k1te.contracts.OidcRole;
import chat.k1te.contracts.Stack;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The deploy roles may do exactly what Terraform does to the operations resources of their own
 * stage; the drift role may only read them.
 */
class OpsPermissionsTest {
  /** What Terraform calls to create, read, update, tag and delete each type (the aws provider). */
  private static final Map<String, List<String>> NEEDED = new LinkedHashMap<>();

  static {
    NEEDED.put(
        "aws_sns_topic",
        List.of(
            "sns:CreateTopic",
            "sns:DeleteTopic",
            "sns:GetTopicAttributes",
            "sns:SetTopicAttributes",
            "sns:ListSubscriptionsByTopic",
            "sns:TagResource",
            "sns:UntagResource",
            "sns:ListTagsForResource"));
    NEEDED.put(
        "aws_sns_topic_subscription",
        List.of(
            "sns:Subscribe",
            "sns:Unsubscribe",
            "sns:GetSubscriptionAttributes",
            "sns:SetSubscriptionAttributes"));
    NEEDED.put(
        "aws_cloudwatch_metric_alarm",
        List.of(
            "cloudwatch:PutMetricAlarm",
            "cloudwatch:DeleteAlarms",
            "cloudwatch:DescribeAlarms",
            "cloudwatch:TagResource",
            "cloudwatch:UntagResource",
            "cloudwatch:ListTagsForResource"));
    NEEDED.put(
        "aws_cloudwatch_dashboard",
        List.of(
            "cloudwatch:PutDashboard", "cloudwatch:GetDashboard", "cloudwatch:DeleteDashboards"));
    NEEDED.put(
        "aws_budgets_budget",
        List.of(
            "budgets:ModifyBudget",
            "budgets:ViewBudget",
            "budgets:TagResource",
            "budgets:UntagResource",
            "budgets:ListTagsForResource"));
    NEEDED.put(
        "aws_cloudwatch_event_rule",
        List.of(
            "events:PutRule",
            "events:DeleteRule",
            "events:DescribeRule",
            "events:EnableRule",
            "events:DisableRule",
            "events:TagResource",
            "events:UntagResource",
            "events:ListTagsForResource"));
    NEEDED.put(
        "aws_cloudwatch_event_target",
        List.of("events:PutTargets", "events:RemoveTargets", "events:ListTargetsByRule"));
    NEEDED.put(
        "aws_cloudwatch_query_definition",
        List.of(
            "logs:PutQueryDefinition",
            "logs:DescribeQueryDefinitions",
            "logs:DeleteQueryDefinition"));
  }

  /** Reserved concurrency is an attribute of aws_lambda_function with calls of its own. */
  private static final List<String> CONCURRENCY =
      List.of("lambda:PutFunctionConcurrency", "lambda:DeleteFunctionConcurrency");

  private static final List<String> OPS_SIDS =
      List.of(
          "ReserveStageFunctionConcurrency",
          "ManageStageAlarmTopic",
          "ManageStageAlarms",
          "ManageStageDashboard",
          "ManageStageBudget",
          "ManageStageWebhookCheck",
          "ManageSavedLogQueries");

  private static IamView build;
  private static JsonNode devWithEmail;

  @BeforeAll
  static void synth() {
    build = IamView.of(Synthesized.withDomain().json(Stack.KITE_BUILD));
    devWithEmail = Synthesized.withDomain().json(Stack.KITE_DEV);
  }

  private static List<JsonNode> opsStatements(OidcRole role) {
    return build.role(role.roleName()).permissions().stream()
        .filter(s -> OPS_SIDS.contains(s.path("sid").asText()))
        .toList();
  }

  @Test
  void deployRolesHaveExactlyTheCallsOfTheOperationsResourceTypes() {
    Set<String> expected = new TreeSet<>(CONCURRENCY);
    NEEDED.forEach(
        (type, actions) -> {
          assertThat(Synthesized.resources(devWithEmail, type)).as(type).isNotEmpty();
          expected.addAll(actions);
        });
    for (OidcRole role : List.of(OidcRole.DEPLOY_DEV, OidcRole.DEPLOY_PROD)) {
      assertThat(opsStatements(role)).hasSize(OPS_SIDS.size());
      Set<String> granted =
          opsStatements(role).stream()
              .flatMap(s -> IamView.texts(s.path("actions")).stream())
              .collect(Collectors.toCollection(TreeSet::new));
      assertThat(granted).as(role.roleName()).isEqualTo(expected);
    }
  }

  @Test
  void deployRolesReachOnlyTheirOwnStagesOperationsResources() {
    // service → a resource of the dev stage (ARN after the account)
    Map<String, String> names = new LinkedHashMap<>();
    names.put(":sns:", "dev-kite-alarms");
    names.put(":cloudwatch:", "alarm:dev-kite-http-5xx");
    names.put(":cloudwatch::", "dashboard/dev-kite-operations");
    names.put(":budgets:", "budget/dev-kite-monthly");
    names.put(":events:", "rule/dev-kite-webhook-check");
    names.forEach(
        (service, name) -> {
          List<String> dev = resources(OidcRole.DEPLOY_DEV, service);
          List<String> prod = resources(OidcRole.DEPLOY_PROD, service);
          assertThat(dev).as(name).anyMatch(r -> matches(r, name));
          assertThat(prod).as(name).noneMatch(r -> matches(r, name));
          assertThat(prod)
              .as(name)
              .anyMatch(r -> matches(r, name.replace("dev-kite-", "prod-kite-")));
        });
    // the synthesized stage really uses those names
    assertThat(
            Synthesized.resources(devWithEmail, "aws_cloudwatch_dashboard")
                .values()
                .iterator()
                .next()
                .path("dashboard_name")
                .asText())
        .isEqualTo("dev-kite-operations");
    // everything but the saved queries (no resource-level permissions) is scoped by name
    for (JsonNode s : opsStatements(OidcRole.DEPLOY_DEV)) {
      if (!s.path("sid").asText().equals("ManageSavedLogQueries")) {
        assertThat(IamView.texts(s.path("resources")))
            .as(s.path("sid").asText())
            .allMatch(r -> r.contains(":dev-") || r.contains("/dev-"));
      }
    }
  }

  @Test
  void driftRoleReadsTheOperationsResourcesAndWritesNothing() {
    JsonNode read =
        BuildStackTest.statement(
            build.role(OidcRole.DRIFT.roleName()).permissions(), "ReadOperations");
    Set<String> actions = new HashSet<>(IamView.texts(read.path("actions")));
    assertThat(actions)
        .contains(
            "sns:GetTopicAttributes",
            "sns:GetSubscriptionAttributes",
            "cloudwatch:DescribeAlarms",
            "cloudwatch:GetDashboard",
            "budgets:ViewBudget",
            "events:DescribeRule",
            "events:ListTargetsByRule",
            "logs:DescribeQueryDefinitions")
        .allMatch(a -> a.split(":")[1].matches("(Get|List|Describe|View).*"));
  }

  /**
   * IAM refuses a role's inline policies above 10,240 characters (whitespace not counted), and the
   * operations statements made the deploy policies much longer: render each GitHub role's policy as
   * AWS would store it, with the longest partition, region, account and bucket names.
   */
  @Test
  void everyGithubRolePolicyFitsIamsInlineLimit() throws Exception {
    com.fasterxml.jackson.databind.ObjectMapper mapper =
        new com.fasterxml.jackson.databind.ObjectMapper();
    for (OidcRole role : OidcRole.values()) {
      List<Map<String, Object>> statements = new java.util.ArrayList<>();
      for (JsonNode s : build.role(role.roleName()).permissions()) {
        Map<String, Object> statement = new LinkedHashMap<>();
        statement.put("Sid", s.path("sid").asText());
        statement.put("Effect", "Allow");
        statement.put("Action", IamView.texts(s.path("actions")));
        statement.put("Resource", IamView.texts(s.path("resources")));
        Map<String, Object> conditions = new LinkedHashMap<>();
        s.path("condition")
            .forEach(
                c ->
                    conditions.put(
                        c.path("test").asText(),
                        Map.of(c.path("variable").asText(), IamView.texts(c.path("values")))));
        if (!conditions.isEmpty()) {
          statement.put("Condition", conditions);
        }
        statements.add(statement);
      }
      String policy =
          mapper
              .writeValueAsString(Map.of("Version", "2012-10-17", "Statement", statements))
              .replaceAll("\\$\\{data\\.aws_partition[^}]*}", "aws-us-gov")
              .replaceAll("\\$\\{data\\.aws_region[^}]*}", "ap-southeast-2")
              .replaceAll("\\$\\{data\\.aws_caller_identity[^}]*}", "123456789012")
              .replaceAll("\\$\\{[^}]*}", "b".repeat(63));
      assertThat(policy.replaceAll("\\s", "").length())
          .as(role.roleName() + " inline policy length")
          .isLessThan(10_240);
    }
  }

  private static List<String> resources(OidcRole role, String service) {
    return opsStatements(role).stream()
        .flatMap(s -> IamView.texts(s.path("resources")).stream())
        .filter(r -> r.contains(service))
        .toList();
  }

  /** Does the IAM resource pattern's resource part match {@code resource} (ARN tail)? */
  private static boolean matches(String pattern, String resource) {
    String tail = pattern.substring(pattern.lastIndexOf("}:") + 2);
    String regex = Pattern.quote(tail).replace("*", "\\E.*\\Q").replace("?", "\\E.\\Q");
    return resource.matches(regex);
  }
}
