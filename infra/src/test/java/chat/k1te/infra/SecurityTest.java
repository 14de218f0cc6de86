package chat.k1te.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Security properties over EVERY synthesized stack, with and without a custom domain. */
class SecurityTest {
  /** A Telegram bot token: bot id, colon, 35 characters. */
  private static final Pattern BOT_TOKEN = Pattern.compile("\\d{6,}:[A-Za-z0-9_-]{30,}");

  private static List<Map.Entry<String, JsonNode>> stacks;

  @BeforeAll
  static void synth() {
    stacks = new ArrayList<>();
    Synthesized.defaults().all().entrySet().forEach(stacks::add);
    Synthesized.withDomain().all().forEach((k, v) -> stacks.add(Map.entry(k + " (domain)", v)));
  }

  @Test
  void noAllowStatementGrantsEverythingOnEverything() {
    for (Map.Entry<String, JsonNode> stack : stacks) {
      for (JsonNode statement : IamView.allStatements(stack.getValue())) {
        if (!"Allow".equals(statement.path("effect").asText("Allow"))) {
          continue;
        }
        List<String> actions = IamView.texts(statement.path("actions"));
        List<String> resources = IamView.texts(statement.path("resources"));
        assertThat(actions).as(stack.getKey() + " " + statement).noneMatch(a -> a.equals("*"));
        assertThat(actions).as(stack.getKey()).noneMatch(a -> a.endsWith(":*"));
        if (!statement.has("principals")) {
          assertThat(resources)
              .as(stack.getKey() + " " + statement)
              .isNotEmpty()
              .noneMatch("*"::equals);
        }
      }
      Synthesized.resources(stack.getValue(), "aws_iam_role_policy_attachment")
          .values()
          .forEach(
              a ->
                  assertThat(a.path("policy_arn").asText())
                      .as(stack.getKey())
                      .endsWith(
                          ":iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs"));
    }
  }

  @Test
  void everyBucketIsPrivateEncryptedAndTlsOnly() {
    for (Map.Entry<String, JsonNode> stack : stacks) {
      JsonNode json = stack.getValue();
      Map<String, JsonNode> buckets = Synthesized.resources(json, "aws_s3_bucket");
      Map<String, JsonNode> blocks =
          Synthesized.resources(json, "aws_s3_bucket_public_access_block");
      assertThat(blocks).as(stack.getKey()).hasSameSizeAs(buckets);
      blocks
          .values()
          .forEach(
              b -> {
                for (String flag :
                    List.of(
                        "block_public_acls",
                        "block_public_policy",
                        "ignore_public_acls",
                        "restrict_public_buckets")) {
                  assertThat(b.path(flag).asBoolean()).as(stack.getKey() + " " + flag).isTrue();
                }
              });
      assertThat(Synthesized.resources(json, "aws_s3_bucket_server_side_encryption_configuration"))
          .hasSameSizeAs(buckets);
      assertThat(Synthesized.resources(json, "aws_s3_bucket_ownership_controls").values())
          .hasSameSizeAs(buckets.values())
          .allMatch(o -> o.at("/rule/object_ownership").asText().equals("BucketOwnerEnforced"));
      assertThat(Synthesized.resources(json, "aws_s3_bucket_policy")).hasSameSizeAs(buckets);
      assertThat(Synthesized.resources(json, "aws_s3_bucket_acl")).isEmpty();
      assertThat(Synthesized.resources(json, "aws_s3_bucket_website_configuration")).isEmpty();
      List<JsonNode> toEveryone =
          IamView.allStatements(json).stream()
              .filter(s -> s.has("principals") && s.at("/principals/0/type").asText().equals("*"))
              .toList();
      // a statement for every principal may only deny
      assertThat(toEveryone)
          .as(stack.getKey())
          .allMatch(s -> s.path("effect").asText().equals("Deny"));
      assertThat(toEveryone)
          .filteredOn(s -> s.at("/condition/0/variable").asText().equals("aws:SecureTransport"))
          .as(stack.getKey())
          .hasSameSizeAs(buckets.values());
    }
  }

  @Test
  void everyGithubRoleTrustsOnlyThisRepositoryAndStsAudience() {
    for (Map.Entry<String, JsonNode> stack : stacks) {
      String repository =
          stack.getKey().endsWith("(domain)") ? Synthesized.REPOSITORY : "pragmasoft-ua/kite-chat";
      for (IamView.Role role : IamView.of(stack.getValue()).roles().values()) {
        for (JsonNode trust : role.trust()) {
          String type = trust.at("/principals/0/type").asText();
          if (type.equals("Federated")) {
            JsonNode sub =
                BuildStackTest.condition(trust, "token.actions.githubusercontent.com:sub");
            assertThat(IamView.texts(sub.path("values")))
                .as(role.name())
                .isNotEmpty()
                .allMatch(v -> v.startsWith("repo:" + repository + ":"))
                .noneMatch(v -> v.equals("repo:" + repository + ":*"));
            JsonNode aud =
                BuildStackTest.condition(trust, "token.actions.githubusercontent.com:aud");
            assertThat(IamView.texts(aud.path("values"))).containsExactly("sts.amazonaws.com");
          } else {
            assertThat(type).as(role.name()).isEqualTo("Service");
            assertThat(IamView.texts(trust.at("/principals/0/identifiers")))
                .allMatch(p -> p.endsWith(".amazonaws.com"));
          }
        }
      }
    }
  }

  @Test
  void noSecretValueAppearsAnywhere() {
    for (Map.Entry<String, JsonNode> stack : stacks) {
      String text = stack.getValue().toString();
      assertThat(BOT_TOKEN.matcher(text).find()).as(stack.getKey()).isFalse();
      Synthesized.resources(stack.getValue(), "aws_ssm_parameter")
          .values()
          .forEach(p -> assertThat(p.has("value") || p.has("insecure_value")).isFalse());
      for (JsonNode provider : stack.getValue().path("provider").findValues("api_token")) {
        assertThat(provider.asText()).isEqualTo("${var.cloudflare_api_token}");
      }
      // credentials are only the local stack's documented dummies
      for (JsonNode aws : stack.getValue().path("provider").path("aws")) {
        if (aws.has("secret_key") || aws.has("access_key")) {
          assertThat(stack.getKey()).isEqualTo("local");
          assertThat(aws.path("secret_key").asText()).isEqualTo("local");
          assertThat(aws.at("/endpoints/0/dynamodb").asText()).startsWith("http://localhost:");
        }
      }
      // no Lambda gets a secret in its environment, only SSM parameter names
      Synthesized.resources(stack.getValue(), "aws_lambda_function")
          .values()
          .forEach(
              f ->
                  f.at("/environment/variables")
                      .fields()
                      .forEachRemaining(
                          e -> {
                            assertThat(e.getValue().asText())
                                .doesNotContain("var.telegram_bot_token")
                                .doesNotContain("var.telegram_secret_token");
                            if (e.getKey().contains("TOKEN")) {
                              assertThat(e.getKey()).endsWith("_PARAMETER");
                            }
                          }));
      stack
          .getValue()
          .path("variable")
          .fields()
          .forEachRemaining(
              v -> {
                if (v.getKey().contains("token")) {
                  assertThat(v.getValue().path("sensitive").asBoolean()).as(v.getKey()).isTrue();
                  assertThat(v.getValue().path("ephemeral").asBoolean()).as(v.getKey()).isTrue();
                }
              });
    }
  }
}
