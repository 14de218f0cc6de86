package chat.k1te.infra;

import static org.assertj.core.api.Assertions.assertThat;

import chat.k1te.contracts.KiteFunction;
import chat.k1te.contracts.Stack;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** KITE_DOMAIN set and KITE_LAMBDA_PACKAGING=jvm. */
class DomainStackTest {
  private static Synthesized synthesized;
  private static JsonNode dev;
  private static JsonNode prod;

  @BeforeAll
  static void synth() {
    synthesized = Synthesized.withDomain();
    dev = synthesized.json(Stack.KITE_DEV);
    prod = synthesized.json(Stack.KITE_PROD);
  }

  @Test
  void cloudflareProviderFromTheRegistryWithTheTokenVariable() {
    assertThat(dev.at("/terraform/required_providers/cloudflare/source").asText())
        .isEqualTo("cloudflare/cloudflare");
    assertThat(dev.at("/terraform/required_providers/cloudflare/version").asText())
        .startsWith("~> 4.");
    assertThat(dev.at("/provider/cloudflare/0/api_token").asText())
        .isEqualTo("${var.cloudflare_api_token}");
    assertThat(dev.at("/variable/cloudflare_api_token/sensitive").asBoolean()).isTrue();
    assertThat(dev.at("/variable/cloudflare_api_token/ephemeral").asBoolean()).isTrue();
    // null: the provider falls back to CLOUDFLARE_API_TOKEN from the environment
    assertThat(dev.at("/variable/cloudflare_api_token/nullable").asBoolean()).isTrue();
    assertThat(dev.at("/variable/cloudflare_api_token").has("default")).isTrue();
    assertThat(dev.at("/data/cloudflare_zone").elements().next().path("name").asText())
        .isEqualTo(Synthesized.DOMAIN);
  }

  @Test
  void prodOwnsWsAndApiHostsDevGetsItsOwn() {
    assertThat(hosts(prod)).containsExactlyInAnyOrder("ws.example.org", "api.example.org");
    assertThat(hosts(dev)).containsExactlyInAnyOrder("ws-dev.example.org", "api-dev.example.org");
    assertThat(dev.at("/output/ws_url/value").asText()).isEqualTo("wss://ws-dev.example.org/dev");
    assertThat(prod.at("/output/webhook_url/value").asText())
        .isEqualTo("https://api.example.org/prod/tg");
  }

  @Test
  void eachHostIsDnsValidatedAndMappedByStage() {
    Synthesized.resources(dev, "aws_acm_certificate")
        .values()
        .forEach(
            c -> {
              assertThat(c.path("validation_method").asText()).isEqualTo("DNS");
              assertThat(c.at("/lifecycle/create_before_destroy").asBoolean()).isTrue();
            });
    assertThat(Synthesized.resources(dev, "aws_acm_certificate_validation")).hasSize(2);
    assertThat(Synthesized.resources(dev, "cloudflare_record").values())
        .hasSize(4)
        .allMatch(r -> !r.path("proxied").asBoolean())
        .allMatch(r -> r.path("provider").asText().equals("cloudflare"));
    // ACM's names end with a dot, Cloudflare's do not: trimmed, or every plan shows drift
    assertThat(Synthesized.resources(dev, "cloudflare_record").values())
        .filteredOn(r -> r.path("name").asText().contains("domain_validation_options"))
        .hasSize(2)
        .allMatch(r -> r.path("name").asText().startsWith("${trimsuffix("))
        .allMatch(r -> r.path("content").asText().startsWith("${trimsuffix("));
    assertThat(Synthesized.resources(dev, "aws_apigatewayv2_domain_name").values())
        .allMatch(
            d -> d.at("/domain_name_configuration/security_policy").asText().equals("TLS_1_2"))
        .allMatch(
            d -> d.at("/domain_name_configuration/endpoint_type").asText().equals("REGIONAL"));
    assertThat(Synthesized.resources(dev, "aws_apigatewayv2_api_mapping").values())
        .allMatch(m -> m.path("api_mapping_key").asText().equals("dev"));
  }

  @Test
  void jvmPackagingUsesJava21AndTheContractHandlers() {
    for (KiteFunction function : KiteFunction.values()) {
      JsonNode lambda =
          Synthesized.resourceWhere(
              dev, "aws_lambda_function", "function_name", function.functionName("dev"));
      assertThat(lambda.path("runtime").asText()).isEqualTo("java21");
      assertThat(lambda.path("handler").asText()).isEqualTo(function.handler());
      assertThat(lambda.path("s3_key").asText())
          .isEqualTo("lambda/${var.artifact_commit}/function-jvm.zip");
      assertThat(lambda.path("memory_size").asInt()).isGreaterThanOrEqualTo(512);
    }
  }

  private static List<String> hosts(JsonNode stack) {
    return Synthesized.resources(stack, "aws_apigatewayv2_domain_name").values().stream()
        .map(d -> d.path("domain_name").asText())
        .toList();
  }
}
