package chat.k1te.infra;

import static org.assertj.core.api.Assertions.assertThat;

import chat.k1te.contracts.Stack;
import chat.k1te.infra.config.InfraInputs;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two installations share an AWS account: the default one ({@code kite}), {@code acme}, and {@code
 * kite2} (whose prefix starts with the default's) synthesize kite-build, kite-dev and kite-prod
 * with the same domain, repository and inputs otherwise, and no name that must be unique in an
 * account or region appears in two of them. The names are collected generically from every resource
 * of every stack by attribute; an attribute that looks like a name and is not classified below
 * fails the test, so a new resource type cannot slip past.
 *
 * <p>The {@code local} stack is not compared: its provider points at DynamoDB Local and Docker on
 * the developer's machine, not at an AWS account.
 */
class TwoInstallationsTest {
  /**
   * Resource type → its attributes whose value must be unique per account (or region): the
   * attributes every compared name comes from.
   */
  static final Map<String, Set<String>> ACCOUNT_UNIQUE =
      Map.ofEntries(
          Map.entry("aws_apigatewayv2_api", Set.of("name")),
          Map.entry("aws_apigatewayv2_domain_name", Set.of("domain_name")),
          Map.entry("aws_budgets_budget", Set.of("name")),
          Map.entry("aws_cloudwatch_dashboard", Set.of("dashboard_name")),
          Map.entry("aws_cloudwatch_event_rule", Set.of("name")),
          Map.entry("aws_cloudwatch_log_group", Set.of("name")),
          Map.entry("aws_cloudwatch_metric_alarm", Set.of("alarm_name")),
          // saved queries may share a name, but the console files them by it
          Map.entry("aws_cloudwatch_query_definition", Set.of("name")),
          Map.entry("aws_codebuild_project", Set.of("name")),
          Map.entry("aws_dynamodb_table", Set.of("name")),
          Map.entry("aws_iam_policy", Set.of("name")),
          Map.entry("aws_iam_role", Set.of("name")),
          Map.entry("aws_lambda_function", Set.of("function_name")),
          Map.entry("aws_s3_bucket", Set.of("bucket_prefix")),
          Map.entry("aws_sns_topic", Set.of("name")),
          Map.entry("aws_ssm_parameter", Set.of("name")),
          // one CNAME per host name in the shared zone
          Map.entry("cloudflare_record", Set.of("name")));

  /**
   * Name-like attributes that are not account-unique, with the reason: scoped to their parent (a
   * role's inline policy, an API's stage or authorizer), a reference to another resource's name
   * (already compared there), or not a name at all.
   */
  static final Map<String, Set<String>> NOT_ACCOUNT_UNIQUE =
      Map.ofEntries(
          // per API
          Map.entry("aws_apigatewayv2_authorizer", Set.of("name")),
          Map.entry("aws_apigatewayv2_stage", Set.of("name")),
          Map.entry("aws_apigatewayv2_api_mapping", Set.of("domain_name")),
          // the certificate's subject, not its identity (an account may hold many per host)
          Map.entry("aws_acm_certificate", Set.of("domain_name")),
          // per role
          Map.entry("aws_iam_role_policy", Set.of("name")),
          // references to the function (compared on aws_lambda_function)
          Map.entry("aws_lambda_invocation", Set.of("function_name")),
          Map.entry("aws_lambda_permission", Set.of("function_name")),
          Map.entry("aws_lambda_provisioned_concurrency_config", Set.of("function_name")),
          // the metric an alarm watches (its dimensions carry the stage scope)
          Map.entry("aws_cloudwatch_metric_alarm", Set.of("metric_name")),
          // references to the bucket (compared on aws_s3_bucket)
          Map.entry("aws_s3_bucket_cors_configuration", Set.of("bucket")),
          Map.entry("aws_s3_bucket_lifecycle_configuration", Set.of("bucket")),
          Map.entry("aws_s3_bucket_ownership_controls", Set.of("bucket")),
          Map.entry("aws_s3_bucket_policy", Set.of("bucket")),
          Map.entry("aws_s3_bucket_public_access_block", Set.of("bucket")),
          Map.entry("aws_s3_bucket_server_side_encryption_configuration", Set.of("bucket")),
          Map.entry("aws_s3_bucket_versioning", Set.of("bucket")),
          // a label shown in e-mails
          Map.entry("aws_sns_topic", Set.of("display_name")));

  /** What looks like a name: {@code name}, {@code *_name}, {@code *name_prefix}, buckets. */
  private static final Pattern NAME_LIKE =
      Pattern.compile("(.*_)?name|.*name_prefix|bucket|bucket_prefix|.*_prefix");

  private static final Map<String, String> COMMON =
      Map.of(
          "KITE_REPOSITORY",
          Synthesized.REPOSITORY,
          "KITE_DOMAIN",
          Synthesized.DOMAIN,
          "KITE_LAMBDA_PACKAGING",
          "jvm",
          "KITE_ALARM_EMAIL",
          Synthesized.ALARM_EMAIL,
          "KITE_BUDGET_DEV_USD",
          "25",
          "KITE_BUDGET_PROD_USD",
          "400");

  private static final Map<String, Synthesized> INSTALLATIONS = new LinkedHashMap<>();

  @BeforeAll
  static void synth() {
    // the default installation with these inputs is synthesized for other tests already
    INSTALLATIONS.put("kite", Synthesized.withDomain());
    INSTALLATIONS.put("acme", Synthesized.with(inputs("acme", "arm64")));
    // x86_64 adds the second native build project
    INSTALLATIONS.put("kite2", Synthesized.with(inputs("kite2", "x86_64")));
  }

  /** The inputs of installation {@code installation}; the same inputs share one synthesis. */
  static InfraInputs inputs(String installation, String architecture) {
    Map<String, String> environment = new LinkedHashMap<>(COMMON);
    environment.put("KITE_INSTALLATION", installation);
    environment.put("KITE_LAMBDA_ARCHITECTURE", architecture);
    return InfraInputs.fromEnvironment(environment);
  }

  @Test
  void noTwoInstallationsShareAnAccountUniqueName() {
    Map<String, Set<String>> names = new LinkedHashMap<>();
    INSTALLATIONS.forEach(
        (prefix, synthesized) -> names.put(prefix, accountUniqueNames(synthesized)));
    names.values().forEach(n -> assertThat(n).hasSizeGreaterThan(100));
    for (String a : names.keySet()) {
      for (String b : names.keySet()) {
        if (a.compareTo(b) < 0) {
          Set<String> shared = new TreeSet<>(names.get(a));
          shared.retainAll(names.get(b));
          assertThat(shared).as("names shared by installations %s and %s", a, b).isEmpty();
        }
      }
    }
  }

  @Test
  void everyNameLikeAttributeIsClassified() {
    Map<String, Set<String>> unclassified = new TreeMap<>();
    INSTALLATIONS.values().stream()
        .flatMap(s -> s.all().values().stream())
        .forEach(
            stack ->
                stack
                    .path("resource")
                    .fields()
                    .forEachRemaining(
                        type ->
                            type.getValue()
                                .elements()
                                .forEachRemaining(
                                    resource ->
                                        resource
                                            .fieldNames()
                                            .forEachRemaining(
                                                attribute -> {
                                                  if (NAME_LIKE.matcher(attribute).matches()
                                                      && !classified(type.getKey(), attribute)) {
                                                    unclassified
                                                        .computeIfAbsent(
                                                            type.getKey(), t -> new TreeSet<>())
                                                        .add(attribute);
                                                  }
                                                }))));
    assertThat(unclassified)
        .as("name-like attributes missing from ACCOUNT_UNIQUE or NOT_ACCOUNT_UNIQUE")
        .isEmpty();
  }

  @Test
  void theStateKeysAndTheScopingTagsDiffer() {
    for (Stack stack : Stack.aws()) {
      Set<String> keys = new TreeSet<>();
      Set<String> stackTags = new TreeSet<>();
      Set<String> stageTags = new TreeSet<>();
      INSTALLATIONS
          .values()
          .forEach(
              s -> {
                JsonNode json = s.json(stack);
                keys.add(json.at("/terraform/backend/s3/key").asText());
                JsonNode tags = json.at("/provider/aws/0/default_tags/0/tags");
                stackTags.add(tags.path("stack").asText());
                if (stack.stage().isPresent()) {
                  stageTags.add(tags.path("stage").asText());
                }
              });
      assertThat(keys).as("state keys of %s", stack).hasSize(INSTALLATIONS.size());
      // the budget counts costs by the stack tag
      assertThat(stackTags).as("stack tags of %s", stack).hasSize(INSTALLATIONS.size());
      if (stack.stage().isPresent()) {
        // the deploy roles reach API Gateway and ACM resources by the stage tag
        assertThat(stageTags).as("stage tags of %s", stack).hasSize(INSTALLATIONS.size());
      }
    }
  }

  private static boolean classified(String type, String attribute) {
    return ACCOUNT_UNIQUE.getOrDefault(type, Set.of()).contains(attribute)
        || NOT_ACCOUNT_UNIQUE.getOrDefault(type, Set.of()).contains(attribute);
  }

  /** Every account-unique name of an installation's stacks. */
  private static Set<String> accountUniqueNames(Synthesized synthesized) {
    Set<String> names = new TreeSet<>();
    for (JsonNode stack : synthesized.all().values()) {
      ACCOUNT_UNIQUE.forEach(
          (type, attributes) ->
              Synthesized.resources(stack, type)
                  .values()
                  .forEach(
                      resource ->
                          attributes.forEach(
                              attribute -> {
                                String value = resource.path(attribute).asText("");
                                // a whole expression is computed from another resource (the DNS
                                // validation record from its certificate's host, compared there)
                                if (!value.isEmpty()
                                    && !(value.startsWith("${") && value.endsWith("}"))) {
                                  names.add(type + " " + value);
                                }
                              })));
    }
    return names;
  }
}
