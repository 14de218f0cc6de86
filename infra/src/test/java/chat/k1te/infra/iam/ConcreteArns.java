package chat.k1te.infra.iam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Replaces the Terraform references in synthesized statements with the values of one imagined
 * account, so policies can be evaluated; a reference it does not know fails loudly.
 */
public final class ConcreteArns {
  public static final String PARTITION = "aws";
  public static final String REGION = "eu-north-1";
  public static final String ACCOUNT = "123456789012";
  public static final String ARTIFACTS_BUCKET = "kite-artifacts-20261204";
  public static final String STATE_BUCKET = "kite-state";

  private static final List<Replacement> REPLACEMENTS =
      List.of(
          new Replacement("\\$\\{data\\.aws_partition\\.[^.}]+\\.partition}", PARTITION),
          new Replacement("\\$\\{data\\.aws_region\\.[^.}]+\\.name}", REGION),
          new Replacement("\\$\\{data\\.aws_caller_identity\\.[^.}]+\\.account_id}", ACCOUNT),
          new Replacement("\\$\\{aws_s3_bucket\\.artifacts[^.}]*\\.bucket}", ARTIFACTS_BUCKET),
          new Replacement(
              "\\$\\{aws_s3_bucket\\.artifacts[^.}]*\\.arn}", "arn:aws:s3:::" + ARTIFACTS_BUCKET),
          new Replacement(
              "\\$\\{aws_cloudwatch_log_group\\.[^.}]+\\.arn}",
              "arn:aws:logs:" + REGION + ":" + ACCOUNT + ":log-group:/aws/codebuild/kite"),
          new Replacement("\\$\\{var\\.state_bucket}", STATE_BUCKET));

  private record Replacement(String regex, String value) {
    Pattern pattern() {
      return Pattern.compile(regex);
    }
  }

  private ConcreteArns() {}

  /** Deep copies of the statements with every reference in resources and conditions resolved. */
  public static List<JsonNode> resolve(List<JsonNode> statements) {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode statement : statements) {
      ObjectNode copy = statement.deepCopy();
      resolveTexts((ArrayNode) copy.withArray("resources"));
      for (JsonNode condition : copy.withArray("condition")) {
        resolveTexts((ArrayNode) ((ObjectNode) condition).withArray("values"));
      }
      out.add(copy);
    }
    return out;
  }

  private static void resolveTexts(ArrayNode texts) {
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i).asText();
      for (Replacement r : REPLACEMENTS) {
        text = r.pattern().matcher(text).replaceAll(r.value());
      }
      if (text.contains("${")) {
        throw new AssertionError("unresolved reference in a policy: " + text);
      }
      texts.set(i, text);
    }
  }
}
