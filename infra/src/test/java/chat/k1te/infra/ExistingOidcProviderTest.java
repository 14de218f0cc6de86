package chat.k1te.infra;

import static org.assertj.core.api.Assertions.assertThat;

import chat.k1te.contracts.OidcRole;
import chat.k1te.contracts.Stack;
import chat.k1te.infra.config.InfraInputs;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An account that already has GitHub's OIDC provider: kite-build looks it up, never creates it. */
class ExistingOidcProviderTest {
  @Test
  void theProviderIsADataSourceAndEveryRoleTrustsIt() {
    JsonNode build =
        Synthesized.with(InfraInputs.defaults().withExistingOidcProvider(true))
            .json(Stack.KITE_BUILD);

    assertThat(Synthesized.resources(build, "aws_iam_openid_connect_provider")).isEmpty();
    Map<String, JsonNode> lookedUp =
        Synthesized.dataSources(build, "aws_iam_openid_connect_provider");
    assertThat(lookedUp).hasSize(1);
    String id = lookedUp.keySet().iterator().next();
    assertThat(lookedUp.get(id).path("url").asText())
        .isEqualTo("https://token.actions.githubusercontent.com");
    String trustDocuments = Synthesized.dataSources(build, "aws_iam_policy_document").toString();
    assertThat(trustDocuments)
        .contains("${data.aws_iam_openid_connect_provider." + id + ".arn}")
        .doesNotContain("${aws_iam_openid_connect_provider.");
    // every GitHub role trusts exactly the looked-up provider, through web identity only
    IamView iam = IamView.of(build);
    for (OidcRole role : OidcRole.values()) {
      List<JsonNode> trust = iam.role(role.roleName()).trust();
      assertThat(trust).as(role.name()).hasSize(1);
      assertThat(trust.get(0).path("actions").toString())
          .isEqualTo("[\"sts:AssumeRoleWithWebIdentity\"]");
      assertThat(trust.get(0).path("principals").toString())
          .isEqualTo(
              "[{\"identifiers\":[\"${data.aws_iam_openid_connect_provider."
                  + id
                  + ".arn}\"],\"type\":\"Federated\"}]");
    }
  }

  @Test
  void byDefaultKiteBuildCreatesTheProvider() {
    JsonNode build = Synthesized.defaults().json(Stack.KITE_BUILD);

    assertThat(Synthesized.resources(build, "aws_iam_openid_connect_provider")).hasSize(1);
    assertThat(Synthesized.dataSources(build, "aws_iam_openid_connect_provider")).isEmpty();
  }
}
