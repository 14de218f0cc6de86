package chat.k1te.infra;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Roles of a synthesized stack with their trust and permission statements, by role name. */
record IamView(Map<String, Role> roles) {
  private static final Pattern DOC =
      Pattern.compile("\\$\\{data\\.aws_iam_policy_document\\.([^.]+)\\.json}");

  record Role(String name, List<JsonNode> trust, List<JsonNode> permissions) {}

  static IamView of(JsonNode stack) {
    Map<String, String> idToName = new LinkedHashMap<>();
    Map<String, Role> roles = new LinkedHashMap<>();
    Synthesized.resources(stack, "aws_iam_role")
        .forEach(
            (id, role) -> {
              String name = role.path("name").asText();
              idToName.put(id, name);
              roles.put(
                  name,
                  new Role(
                      name,
                      statements(stack, role.path("assume_role_policy").asText()),
                      new ArrayList<>()));
            });
    Synthesized.resources(stack, "aws_iam_role_policy")
        .values()
        .forEach(
            policy -> {
              String roleRef = policy.path("role").asText();
              String roleId = roleRef.replaceAll("^\\$\\{aws_iam_role\\.([^.]+)\\.id}$", "$1");
              roles
                  .get(idToName.get(roleId))
                  .permissions()
                  .addAll(statements(stack, policy.path("policy").asText()));
            });
    return new IamView(roles);
  }

  /** Statements of every policy document of the stack (roles, buckets). */
  static List<JsonNode> allStatements(JsonNode stack) {
    List<JsonNode> all = new ArrayList<>();
    Synthesized.dataSources(stack, "aws_iam_policy_document")
        .values()
        .forEach(doc -> doc.path("statement").forEach(all::add));
    return all;
  }

  static List<JsonNode> statements(JsonNode stack, String reference) {
    Matcher m = DOC.matcher(reference);
    if (!m.matches()) {
      throw new AssertionError("not a policy document reference: " + reference);
    }
    JsonNode doc = stack.path("data").path("aws_iam_policy_document").path(m.group(1));
    List<JsonNode> out = new ArrayList<>();
    doc.path("statement").forEach(out::add);
    return out;
  }

  static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  Role role(String name) {
    Role role = roles.get(name);
    if (role == null) {
      throw new AssertionError("no role " + name + " among " + roles.keySet());
    }
    return role;
  }
}
