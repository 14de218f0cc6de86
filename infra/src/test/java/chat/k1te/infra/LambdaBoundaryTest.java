package chat.k1te.infra;

import static org.assertj.core.api.Assertions.assertThat;

import chat.k1te.contracts.OidcRole;
import chat.k1te.contracts.Stack;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The deploy roles may write IAM roles' permissions, so the stage's Lambda roles are capped by a
 * permissions boundary from kite-build, and the deploy roles may write role permissions only under
 * it: a deploy role cannot grant a function more than the boundary allows.
 */
class LambdaBoundaryTest {
  private static final Set<String> ROLE_WRITES =
      Set.of(
          "iam:CreateRole",
          "iam:PutRolePolicy",
          "iam:DeleteRolePolicy",
          "iam:PutRolePermissionsBoundary",
          "iam:AttachRolePolicy",
          "iam:DeleteRolePermissionsBoundary");

  @Test
  void deployRolesWriteRolePermissionsOnlyUnderTheirStageBoundary() {
    IamView build = IamView.of(Synthesized.defaults().json(Stack.KITE_BUILD));
    for (OidcRole role : List.of(OidcRole.DEPLOY_DEV, OidcRole.DEPLOY_PROD)) {
      String stage = role.environment().orElseThrow();
      List<JsonNode> writes =
          build.role(role.roleName()).permissions().stream()
              .filter(
                  s -> IamView.texts(s.path("actions")).stream().anyMatch(ROLE_WRITES::contains))
              .toList();
      assertThat(writes).as(role.roleName()).hasSize(1);
      JsonNode statement = writes.get(0);
      assertThat(IamView.texts(statement.path("actions")))
          .containsExactlyInAnyOrder(
              "iam:CreateRole",
              "iam:PutRolePolicy",
              "iam:DeleteRolePolicy",
              "iam:PutRolePermissionsBoundary");
      JsonNode boundary = BuildStackTest.condition(statement, "iam:PermissionsBoundary");
      assertThat(boundary.path("test").asText()).isEqualTo("StringEquals");
      assertThat(IamView.texts(boundary.path("values")))
          .singleElement()
          .asString()
          .endsWith(":policy/" + stage + "-kite-lambda-boundary");
    }
  }

  @Test
  void everyStageFunctionRoleIsCappedByItsStageBoundary() {
    JsonNode build = Synthesized.defaults().json(Stack.KITE_BUILD);
    for (Synthesized synthesized : List.of(Synthesized.defaults(), Synthesized.withDomain())) {
      for (Stack stack : List.of(Stack.KITE_DEV, Stack.KITE_PROD)) {
        String stage = stack.stage().orElseThrow();
        JsonNode boundary =
            Synthesized.resourceWhere(
                build, "aws_iam_policy", "name", stage + "-kite-lambda-boundary");
        Set<String> allowed =
            IamView.statements(build, boundary.path("policy").asText()).stream()
                .flatMap(s -> IamView.texts(s.path("actions")).stream())
                .collect(Collectors.toSet());
        JsonNode stageJson = synthesized.json(stack);
        Synthesized.resources(stageJson, "aws_iam_role")
            .values()
            .forEach(
                role ->
                    assertThat(role.path("permissions_boundary").asText())
                        .as(role.path("name").asText())
                        .endsWith(":policy/" + stage + "-kite-lambda-boundary"));
        IamView.of(stageJson)
            .roles()
            .values()
            .forEach(
                role ->
                    assertThat(
                            role.permissions().stream()
                                .flatMap(s -> IamView.texts(s.path("actions")).stream()))
                        .as("actions of " + role.name() + " the boundary allows")
                        .isSubsetOf(allowed));
      }
    }
  }
}
