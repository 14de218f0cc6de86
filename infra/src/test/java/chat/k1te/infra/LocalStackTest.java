package chat.k1te.infra;

import static org.assertj.core.api.Assertions.assertThat;

import chat.k1te.contracts.Stack;
import com.fasterxml.jackson.databind.JsonNode;
import com.hashicorp.cdktf.Testing;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LocalStackTest {
  private static JsonNode local;
  private static String synthesizedLocal;

  @BeforeAll
  static void synth() {
    Synthesized s = Synthesized.defaults();
    local = s.json(Stack.LOCAL);
    synthesizedLocal = Testing.synth(s.stack(Stack.LOCAL));
  }

  @Test
  void runsDynamoDbInDockerOnPort8000() {
    assertThat(
            Testing.toHaveResourceWithProperties(
                synthesizedLocal,
                "docker_container",
                Map.of(
                    "name", "kite-dynamodb-local",
                    "working_dir", "/home/dynamodblocal",
                    "ports", List.of(Map.of("internal", 8000, "external", 8000)))))
        .isTrue();
    assertThat(Testing.toHaveProvider(synthesizedLocal, "docker")).isTrue();
  }

  @Test
  void awsProviderTalksToTheContainerWithoutRealCredentials() {
    JsonNode aws = local.path("provider").path("aws").get(0);
    assertThat(aws.path("endpoints").get(0).path("dynamodb").asText())
        .isEqualTo("http://localhost:8000");
    assertThat(aws.path("skip_credentials_validation").asBoolean()).isTrue();
    assertThat(aws.path("skip_requesting_account_id").asBoolean()).isTrue();
    assertThat(aws.path("skip_metadata_api_check").asText()).isEqualTo("true");
  }

  @Test
  void tablesWaitForTheContainer() {
    Synthesized.resources(local, "aws_dynamodb_table")
        .values()
        .forEach(
            t -> assertThat(t.path("depends_on").get(0).asText()).startsWith("docker_container."));
  }

  @Test
  void localStateFileIsRelative() {
    String path = local.path("terraform").path("backend").path("local").path("path").asText();
    assertThat(path).isEqualTo("terraform.local.tfstate");
  }
}
