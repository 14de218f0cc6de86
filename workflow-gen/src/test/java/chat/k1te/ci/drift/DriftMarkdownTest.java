package chat.k1te.ci.drift;

import static org.assertj.core.api.Assertions.assertThat;

import chat.k1te.contracts.Stack;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DriftMarkdownTest {
  static Path fixture(String name) {
    try {
      return Path.of(DriftMarkdownTest.class.getResource("/ci/drift/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void listsChangedAttributesAndMasksSensitiveValues() {
    Plan plan = Plan.read(fixture("plan-with-drift.json"));

    String md =
        DriftMarkdown.render(
            Stack.KITE_DEV,
            plan,
            Optional.of("https://github.com/o/r/actions/runs/1"),
            DriftMarkdown.GITHUB_BODY_LIMIT);

    assertThat(md)
        .startsWith("## Drift detected in stack kite-dev\n")
        .contains("3 resources to change, 1 resource changed outside Terraform.")
        .contains("[Workflow run](https://github.com/o/r/actions/runs/1)")
        .contains("### Changed outside Terraform (refresh)")
        .contains("### Planned changes")
        .contains("#### <code>aws_lambda_function.dispatcher</code> — update")
        .contains("| <code>memory_size</code> | <code>512</code> | <code>1024</code> |")
        .contains("| <code>memory_size</code> | <code>1024</code> | <code>512</code> |")
        .contains(
            "| <code>environment[0].variables</code> | <code>(sensitive)</code> | <code>(sensitive)</code> |")
        .contains(
            "#### <code>aws_ssm_parameter.webhook_secret</code> — replace (delete, then create)")
        .contains("| <code>value</code> | <code>(sensitive)</code> | <code>(sensitive)</code> |")
        .contains(
            "| <code>id</code> | <code>\"/kite/dev/secret\"</code> | <code>(known after apply)</code> |")
        .contains(
            "#### <code>aws_cloudwatch_log_group.api[\"ws&#124;&#96;x&#96;\"]</code> — create")
        .contains(
            "| <code>name</code> | <code>null</code> | <code>\"/aws/api/&lt;ws&gt;\"</code> |")
        .contains("| <code>tags.stage</code> | <code>null</code> | <code>\"dev\"</code> |")
        .doesNotContain("bot-secret", "s3cr3t", "aws_s3_bucket.objects", "data.aws_caller_identity")
        .doesNotContain("function_name", "timeout");
  }

  @Test
  void oversizedPlanStaysBelowGithubsLimitAndSaysWhatItOmitted(@TempDir Path dir) throws Exception {
    ObjectMapper json = new ObjectMapper();
    ObjectNode root = json.createObjectNode().put("format_version", "1.2");
    ArrayNode changes = root.putArray("resource_changes");
    int total = 3000;
    for (int i = 0; i < total; i++) {
      ObjectNode change =
          changes.addObject().put("address", "aws_s3_object.file[" + i + "]").putObject("change");
      change.putArray("actions").add("update");
      change.putObject("before").put("content", "a".repeat(500)).put("etag", "old-" + i);
      change.putObject("after").put("content", "b".repeat(500)).put("etag", "new-" + i);
    }
    Path file = dir.resolve("big.json");
    json.writeValue(file.toFile(), root);

    String md =
        DriftMarkdown.render(
            Stack.KITE_PROD, Plan.read(file), Optional.empty(), DriftMarkdown.GITHUB_BODY_LIMIT);

    assertThat(md.length()).isLessThanOrEqualTo(65_536).isGreaterThan(60_000);
    Matcher omitted =
        Pattern.compile(
                "_(\\d+) more resources omitted to stay within GitHub's 65536-character limit")
            .matcher(md);
    assertThat(omitted.find()).as(md.substring(md.length() - 300)).isTrue();
    int shown = md.split("#### ", -1).length - 1;
    assertThat(shown + Integer.parseInt(omitted.group(1))).isEqualTo(total);
    assertThat(md).contains("<code>content</code> | <code>\"" + "a".repeat(199) + "…</code>");
  }

  @Test
  void planWithOnlyOutputChangesSaysSo(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("outputs.json");
    Files.writeString(
        file,
        "{\"format_version\":\"1.2\",\"resource_changes\":[],"
            + "\"output_changes\":{\"ws_url\":{\"actions\":[\"update\"],\"before\":\"a\",\"after\":\"b\"}}}");

    String md =
        DriftMarkdown.render(
            Stack.KITE_DEV, Plan.read(file), Optional.empty(), DriftMarkdown.GITHUB_BODY_LIMIT);

    assertThat(md)
        .contains("0 resources to change, 1 output to change.", "differs only in outputs");
  }

  @Test
  void planWhoseOnlyChangeIsAMovedBlockIsReportedAsAMove(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("moved.json");
    String resource = "{\"function_name\":\"dev-lifecycle\",\"memory_size\":512}";
    Files.writeString(
        file,
        "{\"format_version\":\"1.2\",\"resource_changes\":["
            + "{\"address\":\"aws_lambda_function.lifecycle_function\","
            + "\"previous_address\":\"aws_lambda_function.lifecycle\","
            + "\"change\":{\"actions\":[\"no-op\"],\"before\":"
            + resource
            + ",\"after\":"
            + resource
            + "}},"
            + "{\"address\":\"aws_s3_bucket.files\",\"change\":{\"actions\":[\"no-op\"],"
            + "\"before\":{},\"after\":{}}}],"
            + "\"output_changes\":{}}");

    String md =
        DriftMarkdown.render(
            Stack.KITE_DEV, Plan.read(file), Optional.empty(), DriftMarkdown.GITHUB_BODY_LIMIT);

    assertThat(md)
        .contains("0 resources to change, 1 resource only moved to a new address.")
        .contains(
            "#### <code>aws_lambda_function.lifecycle_function</code> — moved from"
                + " <code>aws_lambda_function.lifecycle</code>\n\nOnly the address changes (a `moved` block)")
        .doesNotContain("differs only in outputs", "aws_s3_bucket.files");
  }

  @Test
  void aMovedResourceThatAlsoChangesShowsBothTheMoveAndTheAttributes(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("moved-and-updated.json");
    Files.writeString(
        file,
        "{\"format_version\":\"1.2\",\"resource_changes\":["
            + "{\"address\":\"aws_lambda_function.b\",\"previous_address\":\"aws_lambda_function.a\","
            + "\"change\":{\"actions\":[\"update\"],\"before\":{\"memory_size\":512},"
            + "\"after\":{\"memory_size\":1024}}}]}");

    String md =
        DriftMarkdown.render(
            Stack.KITE_DEV, Plan.read(file), Optional.empty(), DriftMarkdown.GITHUB_BODY_LIMIT);

    assertThat(md)
        .contains("1 resource to change.")
        .contains(
            "#### <code>aws_lambda_function.b</code> — update, moved from <code>aws_lambda_function.a</code>")
        .contains("| <code>memory_size</code> | <code>512</code> | <code>1024</code> |");
  }
}
