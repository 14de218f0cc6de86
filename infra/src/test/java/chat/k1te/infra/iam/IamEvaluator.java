package chat.k1te.infra.iam;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A small IAM policy evaluator over synthesized {@code aws_iam_policy_document} statements: an
 * explicit Deny wins, otherwise any matching Allow allows, otherwise implicit deny. Actions match
 * case-insensitively with {@code *}/{@code ?} wildcards, resources case-sensitively. Conditions:
 * every block must hold (AND), any value of a block may match (OR). Only the operators this project
 * uses are known; any other one fails the evaluation, so nothing is silently allowed or denied.
 */
public final class IamEvaluator {
  private final List<JsonNode> statements;

  public IamEvaluator(List<JsonNode> statements) {
    this.statements = List.copyOf(statements);
  }

  /** Whether the policy allows {@code request}. */
  public boolean allows(IamRequest request) {
    boolean allowed = false;
    for (JsonNode statement : statements) {
      if (!applies(statement, request)) {
        continue;
      }
      if ("Deny".equals(statement.path("effect").asText("Allow"))) {
        return false;
      }
      allowed = true;
    }
    return allowed;
  }

  /** Whether a Deny statement applies (a bucket policy of Deny statements denies the request). */
  public boolean deniedExplicitly(IamRequest request) {
    return statements.stream()
        .anyMatch(s -> "Deny".equals(s.path("effect").asText("Allow")) && applies(s, request));
  }

  /** The statement ids that allow the request (for failure messages). */
  public List<String> allowingStatements(IamRequest request) {
    List<String> sids = new ArrayList<>();
    for (JsonNode statement : statements) {
      if (applies(statement, request) && "Allow".equals(statement.path("effect").asText("Allow"))) {
        sids.add(statement.path("sid").asText("?"));
      }
    }
    return sids;
  }

  private static boolean applies(JsonNode statement, IamRequest request) {
    return anyMatches(statement.path("actions"), request.action(), true)
        && anyMatches(statement.path("resources"), request.resource(), false)
        && conditionsHold(statement.path("condition"), request.context());
  }

  private static boolean anyMatches(JsonNode patterns, String value, boolean ignoreCase) {
    for (JsonNode pattern : patterns) {
      if (glob(pattern.asText(), ignoreCase).matcher(value).matches()) {
        return true;
      }
    }
    return false;
  }

  private static boolean conditionsHold(JsonNode conditions, Map<String, List<String>> context) {
    for (JsonNode condition : conditions) {
      String test = condition.path("test").asText();
      String key = condition.path("variable").asText();
      List<String> expected = new ArrayList<>();
      condition.path("values").forEach(v -> expected.add(v.asText()));
      if (!holds(test, context.get(key), expected)) {
        return false;
      }
    }
    return true;
  }

  static boolean holds(String test, List<String> actual, List<String> expected) {
    boolean present = actual != null && !actual.isEmpty();
    return switch (test) {
      case "StringEquals" -> present && actual.stream().anyMatch(expected::contains);
      case "StringEqualsIfExists" -> !present || actual.stream().anyMatch(expected::contains);
      case "StringNotEquals" -> !present || actual.stream().noneMatch(expected::contains);
      case "StringLike", "ArnLike" ->
          present
              && actual.stream()
                  .anyMatch(
                      a -> expected.stream().anyMatch(e -> glob(e, false).matcher(a).matches()));
      case "ForAllValues:StringEquals" -> !present || expected.containsAll(actual);
      case "Null" -> {
        if (expected.size() != 1) {
          throw new IllegalArgumentException("Null takes one value, got " + expected);
        }
        yield Boolean.parseBoolean(expected.get(0)) != present;
      }
      case "Bool" -> present && actual.stream().anyMatch(expected::contains);
      default -> throw new IllegalArgumentException("the evaluator does not know " + test);
    };
  }

  static Pattern glob(String pattern, boolean ignoreCase) {
    StringBuilder regex = new StringBuilder();
    for (char c : pattern.toCharArray()) {
      switch (c) {
        case '*' -> regex.append(".*");
        case '?' -> regex.append('.');
        default -> regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(regex.toString(), ignoreCase ? Pattern.CASE_INSENSITIVE : 0);
  }
}
